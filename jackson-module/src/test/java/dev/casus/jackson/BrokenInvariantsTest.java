package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import org.junit.jupiter.api.Test;

/** Values the model refuses to construct: broken_invariant with the model's own message. */
class BrokenInvariantsTest extends CasusJsonTestBase {

  private static final String TERRITORY = "'id':'ter-1','kind':'city','name':'Ganja'";

  @Test
  void lowAboveHighIsBrokenInvariantAtTheEstimate() {
    String doc = feedWith("territories", TERRITORY + ",'population':{'low':5,'high':3}");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.BROKEN_INVARIANT,
            "/territories/0/population",
            5,
            col(doc, 5, "{'low'"));
    assertEquals("Estimate.low must be <= Estimate.high, got low=5 high=3", f.message());
  }

  @Test
  void latitude91IsBrokenInvariantAtTheLatitude() {
    String doc = feedWith("territories", TERRITORY + ",'point':{'latitude':91,'longitude':46}");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.BROKEN_INVARIANT,
            "/territories/0/point/latitude",
            5,
            col(doc, 5, "91"));
    assertMessageContains(f, "GeoPoint.latitude must be a finite number in [-90, 90], got 91.0");
  }

  @Test
  void intervalEndingBeforeItStartsIsBrokenInvariant() {
    String doc = feedWithIncident("'id':'inc-1','incidentType':'armed_clash','time':'2020-10-04/2020-09-27'");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.BROKEN_INVARIANT,
            "/incidents/0/time",
            5,
            col(doc, 5, "'2020-10-04/"));
    assertMessageContains(f, "EdtfInterval ends before it starts");
  }

  @Test
  void longitudeOutOfRangeIsBrokenInvariantAtTheLongitude() {
    String doc = feedWith("territories", TERRITORY + ",'point':{'latitude':40,'longitude':-181}");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.BROKEN_INVARIANT,
            "/territories/0/point/longitude",
            5,
            col(doc, 5, "-181"));
    assertMessageContains(f, "GeoPoint.longitude must be a finite number in [-180, 180], got -181.0");
  }

  @Test
  void emptyFiguresIsBrokenInvariantAtTheFigures() {
    String doc = feedWith("casualtyReports", "'id':'cr-1','incident':'inc-1','figures':[]");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.BROKEN_INVARIANT,
            "/casualtyReports/0/figures",
            5,
            col(doc, 5, "[]"));
    assertMessageContains(f, "CasualtyReport.figures must not be empty");
  }

  @Test
  void locationWithoutTerritoryOrPointIsBrokenInvariant() {
    String doc = feedWithIncident(INCIDENT + ",'locations':[{'precision':'exact'}]");
    assertFinding(
        readFails(doc),
        FindingCode.BROKEN_INVARIANT,
        "/incidents/0/locations/0",
        5,
        col(doc, 5, "{'precision'"));
  }

  @Test
  void subjectNamingTwoEntitiesIsBrokenInvariant() {
    String doc = feedWith("statements",
        "'id':'st-1','kind':'claim','speaker':'act-1',"
            + "'subjects':[{'incident':'inc-1','actor':'act-2','stance':'asserts'}]");
    Finding f = readFails(doc).finding();
    assertEquals(FindingCode.BROKEN_INVARIANT, f.code());
    assertEquals("/statements/0/subjects/0", f.pointer());
    assertMessageContains(f, "got both \"incident\" and \"actor\"");
  }

  @Test
  void repeatedMeansIsBrokenInvariantAtTheRepeat() {
    String doc = feedWithIncident(INCIDENT + ",'means':['rocket','missile','rocket']");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.BROKEN_INVARIANT,
            "/incidents/0/means/2",
            5,
            col(doc, 5, "'rocket'", 2));
    assertMessageContains(f, "Incident.means must not list a value twice");
  }

  @Test
  void blankSummaryIsBrokenInvariantAtTheSummary() {
    String doc = feedWithIncident(INCIDENT + ",'summary':'   '");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.BROKEN_INVARIANT,
            "/incidents/0/summary",
            5,
            col(doc, 5, "'   '"));
    assertEquals("Incident.summary must not be blank", f.message());
  }

  @Test
  void duplicateIdIsDuplicateIdAtTheSecondEntity() {
    String doc = q("{\n'schemaVersion': '1.0',\n'producer': 'p',\n'createdAt': '2020-10-05T00:00:00Z',\n"
        + "'incidents': [\n{" + INCIDENT + "},\n{" + INCIDENT + "}\n]\n}");
    Finding f = assertFinding(readFails(doc), FindingCode.DUPLICATE_ID, "/incidents/1", 7, 1);
    assertMessageContains(f, "duplicate incident id \"inc-1\": the incident at index 0 has it too");
  }

  @Test
  void duplicateIdFarBehindIsFoundAfterTheIdTableGrows() {
    // a small document sizes the reader's id table for 64 ids: 5 000 make it grow several times;
    // "src-Aa" and "src-BB" have equal hashes but are different ids
    StringBuilder doc =
        new StringBuilder(
            "{\"schemaVersion\":\"1.0\",\"producer\":\"p\",\"createdAt\":\"2020-10-05T00:00:00Z\","
                + "\"sources\":[");
    for (int i = 0; i < 5_000; i++) {
      doc.append("{\"id\":\"src-").append(i).append("\",\"kind\":\"tweet\"},\n");
    }
    doc.append("{\"id\":\"src-Aa\",\"kind\":\"tweet\"},\n{\"id\":\"src-BB\",\"kind\":\"tweet\"},\n");
    doc.append("{\"id\":\"src-3\",\"kind\":\"tweet\"}]}");
    Finding f =
        assertFinding(readFails(doc.toString()), FindingCode.DUPLICATE_ID, "/sources/5002", 5003, 1);
    assertMessageContains(f, "duplicate source id \"src-3\": the source at index 3 has it too");
    String valid = doc.toString().replace("\"src-3\",\"kind\":\"tweet\"}]}", "\"src-x\",\"kind\":\"tweet\"}]}");
    assertEquals(5_003, read(valid).sources().size());
  }

  @Test
  void sameIdForTwoKindsIsFine() {
    String doc = q("{'schemaVersion':'1.0','producer':'p','createdAt':'2020-10-05T00:00:00Z',"
        + "'actors':[{'id':'x','kind':'state','name':'X'}],"
        + "'territories':[{'id':'x','kind':'country','name':'X'}]}");
    assertEquals(1, read(doc).actors().size());
  }
}
