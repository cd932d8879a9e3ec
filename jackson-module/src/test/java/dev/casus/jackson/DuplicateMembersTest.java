package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import org.junit.jupiter.api.Test;

/** A member that appears twice in one object is reported at its second occurrence. */
class DuplicateMembersTest extends CasusJsonTestBase {

  @Test
  void repeatedEntityMemberIsDuplicateMember() {
    String doc = feedWithIncident(INCIDENT + ",'id':'inc-2'");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.DUPLICATE_MEMBER,
            "/incidents/0/id",
            5,
            col(doc, 5, "'id'", 2));
    assertMessageContains(f, "member \"id\" appears twice");
  }

  @Test
  void repeatedFeedMemberIsDuplicateMember() {
    String doc = q("{\n'producer': 'a',\n'producer': 'b'\n}");
    assertFinding(readFails(doc), FindingCode.DUPLICATE_MEMBER, "/producer", 3, 1);
  }

  @Test
  void repeatedMemberOfANestedValueIsDuplicateMember() {
    String doc =
        feedWithIncident(
            INCIDENT + ",'locations':[{'territory':'t','precision':'exact','precision':'near'}]");
    assertFinding(
        readFails(doc),
        FindingCode.DUPLICATE_MEMBER,
        "/incidents/0/locations/0/precision",
        5,
        col(doc, 5, "'precision'", 2));
  }

  @Test
  void repeatedExtensionIsDuplicateMember() {
    String doc = feedWithIncident(INCIDENT + ",'x-a':1,'x-a':2");
    assertFinding(
        readFails(doc),
        FindingCode.DUPLICATE_MEMBER,
        "/incidents/0/x-a",
        5,
        col(doc, 5, "'x-a'", 2));
  }

  @Test
  void repeatedMemberInsideAnExtensionValueIsDuplicateMember() {
    String doc = feedWithIncident(INCIDENT + ",'x-a':[0,{'k':1,'k':2}]");
    assertFinding(
        readFails(doc),
        FindingCode.DUPLICATE_MEMBER,
        "/incidents/0/x-a/1/k",
        5,
        col(doc, 5, "'k'", 2));
  }

  @Test
  void repeatedEntityArrayIsDuplicateMember() {
    String doc = q("{'incidents':[],'incidents':[]}");
    assertEquals(FindingCode.DUPLICATE_MEMBER, readFails(doc).finding().code());
    assertEquals("/incidents", readFails(doc).finding().pointer());
  }
}
