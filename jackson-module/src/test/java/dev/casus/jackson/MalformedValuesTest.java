package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import org.junit.jupiter.api.Test;

/** Strings of the wrong shape: ids, EDTF times, language tags, ISO codes, QIDs, instants, URLs. */
class MalformedValuesTest extends CasusJsonTestBase {

  @Test
  void idWithWhitespaceIsMalformedId() {
    String doc = feedWithIncident("'id':'inc 1','incidentType':'armed_clash','time':'2020-10-04'");
    Finding f =
        assertFinding(
            readFails(doc), FindingCode.MALFORMED_ID, "/incidents/0/id", 5, col(doc, 5, "'inc 1'"));
    assertMessageContains(f, "IncidentId.value must not contain whitespace");
  }

  @Test
  void emptyReferenceIsMalformedId() {
    String doc = feedWithIncident(INCIDENT + ",'sources':['']");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.MALFORMED_ID,
            "/incidents/0/sources/0",
            5,
            col(doc, 5, "''"));
    assertMessageContains(f, "SourceId.value must not be blank");
  }

  @Test
  void monthThirteenIsMalformedEdtfWithThePositionInTheMessage() {
    String doc = feedWithIncident("'id':'inc-1','incidentType':'armed_clash','time':'2020-13'");
    CasusReadException e = readFails(doc);
    int column = col(doc, 5, "'2020-13'");
    assertFinding(e, FindingCode.MALFORMED_EDTF, "/incidents/0/time", 5, column);
    assertEquals(
        "line 5, column "
            + column
            + ", at /incidents/0/time: invalid EDTF \"2020-13\" at position 5: month must be"
            + " 01-12, got 13",
        e.getMessage());
  }

  @Test
  void malformedLanguageTagIsMalformedLanguageTag() {
    String doc =
        feedWith("actors", "'id':'act-1','kind':'state','name':{'text':'Azərbaycan','language':'a_z'}");
    assertFinding(
        readFails(doc),
        FindingCode.MALFORMED_LANGUAGE_TAG,
        "/actors/0/name/language",
        5,
        col(doc, 5, "'a_z'"));
  }

  @Test
  void veryLongLanguageTagIsMalformedNotAStackOverflow() {
    String tag = "en" + "-abcde".repeat(20_000);
    String doc = feedWith("actors", "'id':'act-1','kind':'state','name':{'text':'A','language':'" + tag + "'}");
    Finding f = readFails(doc).finding();
    assertEquals(FindingCode.MALFORMED_LANGUAGE_TAG, f.code());
    assertEquals("/actors/0/name/language", f.pointer());
    String text = feedWith("statements",
        "'id':'st-1','kind':'claim','speaker':'a','texts':[{'form':'verbatim','text':'t','language':'"
            + "x" + "-ab".repeat(20_000) + "'}]");
    assertEquals(FindingCode.MALFORMED_LANGUAGE_TAG, readFails(text).finding().code());
  }

  @Test
  void lowerCaseCountryCodeIsMalformedIsoCode() {
    String doc = feedWithIncident(INCIDENT + ",'externalIds':[{'scheme':'iso_3166_1_alpha2','value':'az'}]");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.MALFORMED_ISO_CODE,
            "/incidents/0/externalIds/0/value",
            5,
            col(doc, 5, "'az'"));
    assertMessageContains(f, "\"az\" is not a valid iso_3166_1_alpha2 id: expected two upper-case");
  }

  @Test
  void qidWithoutQIsMalformedWikidataId() {
    String doc = feedWithIncident(INCIDENT + ",'externalIds':[{'value':'227','scheme':'wikidata'}]");
    assertFinding(
        readFails(doc),
        FindingCode.MALFORMED_WIKIDATA_ID,
        "/incidents/0/externalIds/0/value",
        5,
        col(doc, 5, "'227'"));
  }

  @Test
  void acledIdWithoutDigitsIsMalformedExternalId() {
    String doc = feedWithIncident(INCIDENT + ",'externalIds':[{'scheme':'acled','value':'ARM'}]");
    assertFinding(
        readFails(doc),
        FindingCode.MALFORMED_EXTERNAL_ID,
        "/incidents/0/externalIds/0/value",
        5,
        col(doc, 5, "'ARM'"));
  }

  @Test
  void createdAtWithoutTimeIsMalformed() {
    String doc = q("{\n'schemaVersion': '1.0',\n'producer': 'p',\n'createdAt': '2020-10-05'\n}");
    Finding f =
        assertFinding(readFails(doc), FindingCode.MALFORMED_EDTF, "/createdAt", 4, 14);
    assertMessageContains(f, "RFC 3339 instant in UTC such as 2020-10-04T18:00:00Z");
  }

  @Test
  void relativeUrlIsBrokenInvariant() {
    String doc = feedWith("sources", "'id':'src-1','kind':'tweet','url':'/status/1'");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.BROKEN_INVARIANT,
            "/sources/0/url",
            5,
            col(doc, 5, "'/status/1'"));
    assertMessageContains(f, "Source.url must be an absolute URI");
  }

  @Test
  void unsupportedSchemaVersion() {
    String doc = q("{\n'schemaVersion': '2.0',\n'producer': 'p'\n}");
    Finding f =
        assertFinding(readFails(doc), FindingCode.UNSUPPORTED_SCHEMA_VERSION, "/schemaVersion", 2, 18);
    assertMessageContains(f, "\"2.0\" is not supported");
  }
}
