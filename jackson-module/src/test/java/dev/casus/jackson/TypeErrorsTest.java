package dev.casus.jackson;

import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import org.junit.jupiter.api.Test;

/** Wrong JSON types, nulls and missing members, each at its pointer, line and column. */
class TypeErrorsTest extends CasusJsonTestBase {

  @Test
  void numberWhereATimeIsExpectedIsWrongType() {
    String doc = feedWithIncident("'id':'inc-1','incidentType':'armed_clash','time':20201004");
    Finding f =
        assertFinding(
            readFails(doc), FindingCode.WRONG_TYPE, "/incidents/0/time", 5, col(doc, 5, "2020"));
    assertMessageContains(f, "expected an EDTF time (a string), found an integer");
  }

  @Test
  void objectWhereAnArrayIsExpectedIsWrongType() {
    String doc = feedWithIncident(INCIDENT + ",'locations':{}");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.WRONG_TYPE,
            "/incidents/0/locations",
            5,
            col(doc, 5, "{}"));
    assertMessageContains(f, "expected an array of locations, found an object");
  }

  @Test
  void stringWhereAnEntityIsExpectedIsWrongType() {
    String doc = feedWith("actors", "") .replace("[{}]", q("['act-1']"));
    assertFinding(
        readFails(doc), FindingCode.WRONG_TYPE, "/actors/0", 5, col(doc, 5, "'act-1'"));
  }

  @Test
  void stringWhereABooleanIsExpectedIsWrongType() {
    String doc = q("{'schemaVersion':'1.0','producer':'p','createdAt':'2020-10-05T00:00:00Z',"
        + "'partial':'yes'}");
    assertFinding(readFails(doc), FindingCode.WRONG_TYPE, "/partial", 1, col(doc, 1, "'yes'"));
  }

  @Test
  void nullMemberIsNullValue() {
    String doc = feedWithIncident(INCIDENT + ",'summary':null");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.NULL_VALUE,
            "/incidents/0/summary",
            5,
            col(doc, 5, "null"));
    assertMessageContains(f, "omitted, never written as null");
  }

  @Test
  void nullArrayElementIsNullValue() {
    String doc = feedWithIncident(INCIDENT + ",'sources':['src-1',null]");
    assertFinding(
        readFails(doc), FindingCode.NULL_VALUE, "/incidents/0/sources/1", 5, col(doc, 5, "null"));
  }

  @Test
  void nullEntityArrayIsNullValue() {
    String doc = q("{'schemaVersion':'1.0','producer':'p','createdAt':'2020-10-05T00:00:00Z',"
        + "'actors':null}");
    assertFinding(readFails(doc), FindingCode.NULL_VALUE, "/actors", 1, col(doc, 1, "null"));
  }

  @Test
  void missingRequiredMemberIsReportedAtItsObject() {
    String doc = feedWithIncident("'id':'inc-1','incidentType':'armed_clash'");
    Finding f =
        assertFinding(readFails(doc), FindingCode.MISSING_MEMBER, "/incidents/0", 5, 15);
    assertMessageContains(f, "missing required member \"time\" in an incident");
  }

  @Test
  void missingFeedMemberIsReportedAtTheRoot() {
    String doc = q("{\n'schemaVersion': '1.0',\n'producer': 'p'\n}");
    Finding f = assertFinding(readFails(doc), FindingCode.MISSING_MEMBER, "", 1, 1);
    assertMessageContains(f, "\"createdAt\"");
  }

  @Test
  void missingMemberOfANestedValueIsReportedAtTheValue() {
    String doc = feedWithIncident(INCIDENT + ",'locations':[{'territory':'ter-1'}]");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.MISSING_MEMBER,
            "/incidents/0/locations/0",
            5,
            col(doc, 5, "{'territory'"));
    assertMessageContains(f, "\"precision\" in a location");
  }

  @Test
  void estimateObjectWithoutLowIsMissingMember() {
    String doc = feedWith("territories",
        "'id':'ter-1','kind':'city','name':'Ganja','population':{'high':10}");
    assertFinding(
        readFails(doc),
        FindingCode.MISSING_MEMBER,
        "/territories/0/population",
        5,
        col(doc, 5, "{'high'"));
  }

  @Test
  void subjectWithoutAReferenceIsMissingMember() {
    String doc = feedWith("statements",
        "'id':'st-1','kind':'claim','speaker':'act-1','subjects':[{'stance':'asserts'}]");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.MISSING_MEMBER,
            "/statements/0/subjects/0",
            5,
            col(doc, 5, "{'stance'"));
    assertMessageContains(f, "one of source, actor, territory, incident, statement");
  }
}
