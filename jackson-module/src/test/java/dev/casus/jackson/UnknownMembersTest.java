package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.feed.Feed;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import dev.casus.core.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unknown members: errors in strict reading, warnings to a listener in lenient reading. */
class UnknownMembersTest extends CasusJsonTestBase {

  private final List<Finding> warnings = new ArrayList<>();
  private final CasusJson lenient = CasusJson.lenient(warnings::add);

  @Test
  void strictReadingRejectsAnUnknownEntityMember() {
    String doc = feedWithIncident(INCIDENT + ",'colour':'red'");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.UNKNOWN_MEMBER,
            "/incidents/0/colour",
            5,
            col(doc, 5, "'colour'"));
    assertMessageContains(f, "unknown member \"colour\" in an incident; expected id, incidentType, time");
    assertMessageContains(f, "or an x- extension member");
  }

  @Test
  void lenientReadingReportsAWarningAndSkipsTheMember() {
    String doc = feedWithIncident(INCIDENT + ",'colour':{'deep':[1,{'x':null}]}");
    Feed feed = lenient.readFeed(doc);
    assertEquals(json.readFeed(feedWithIncident(INCIDENT)), feed);
    assertEquals(1, warnings.size());
    Finding w = warnings.get(0);
    assertEquals(Severity.WARNING, w.severity());
    assertEquals(FindingCode.UNKNOWN_MEMBER, w.code());
    assertEquals("/incidents/0/colour", w.pointer());
    assertEquals(5, w.line().getAsLong());
    assertEquals(col(doc, 5, "'colour'"), w.column().getAsInt());
  }

  @Test
  void lenientReadingStillRejectsEveryOtherProblem() {
    String doc = feedWithIncident("'id':'inc-1','incidentType':'shelling','time':'2020-10-04'");
    CasusReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            CasusReadException.class, () -> lenient.readFeed(doc));
    assertEquals(FindingCode.UNKNOWN_ENUM_VALUE, e.finding().code());
  }

  @Test
  void extensionOnANestedValueIsAnUnknownMember() {
    String doc =
        feedWithIncident(
            INCIDENT + ",'locations':[{'territory':'t','precision':'exact','x-note':1}]");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.UNKNOWN_MEMBER,
            "/incidents/0/locations/0/x-note",
            5,
            col(doc, 5, "'x-note'"));
    assertMessageContains(f, "expected territory, point, precision, description");
    assertTrue(!f.message().contains("extension"), f.message());
  }

  @Test
  void extensionOnANestedValueIsSkippedWhenLenient() {
    String doc =
        feedWithIncident(
            INCIDENT + ",'locations':[{'territory':'t','precision':'exact','x-note':1}]");
    Feed feed = lenient.readFeed(doc);
    assertEquals(1, feed.incidents().get(0).locations().size());
    assertEquals("/incidents/0/locations/0/x-note", warnings.get(0).pointer());
  }

  @Test
  void unknownFeedMemberIsReportedAtTheRootObject() {
    String doc = q("{\n'schemaVersion': '1.0',\n'version': 2\n}");
    assertFinding(readFails(doc), FindingCode.UNKNOWN_MEMBER, "/version", 3, 1);
  }

  @Test
  void bareExtensionPrefixIsNotAnExtensionName() {
    String doc = feedWithIncident(INCIDENT + ",'x-':1");
    assertFinding(
        readFails(doc), FindingCode.UNKNOWN_MEMBER, "/incidents/0/x-", 5, col(doc, 5, "'x-'"));
  }

  @Test
  void pointerEscapesTildeAndSlashPerRfc6901() {
    String doc = feedWithIncident(INCIDENT + ",'a/b~c':1");
    assertEquals("/incidents/0/a~1b~0c", readFails(doc).finding().pointer());
  }
}
