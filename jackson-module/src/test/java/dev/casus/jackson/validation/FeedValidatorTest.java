package dev.casus.jackson.validation;

import static dev.casus.jackson.validation.FeedText.feed;
import static dev.casus.jackson.validation.FeedText.utf8;
import static dev.casus.jackson.validation.Located.assertFinding;
import static dev.casus.jackson.validation.Located.assertMessage;
import static dev.casus.jackson.validation.Located.assertModelFinding;
import static dev.casus.jackson.validation.Located.at;
import static dev.casus.jackson.validation.Located.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.code.CodeList;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import dev.casus.core.validation.Severity;
import dev.casus.core.validation.ValidationProfile;
import dev.casus.core.validation.ValidationReport;
import dev.casus.jackson.FeedValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every finding code, triggered by a minimal feed document that is valid except for one problem:
 * the code, the severity, the JSON Pointer and, for reading findings, the line and column.
 */
class FeedValidatorTest {

  private static final FeedValidator STRICT = FeedValidator.create(ValidationProfile.strict());
  private static final FeedValidator LENIENT = FeedValidator.create(ValidationProfile.lenient());

  /** A valid incident about the strike on Ganja, placed by a point. */
  static final String INCIDENT =
      "'id': 'inc-ganja', 'incidentType': 'shelling_artillery_missile_attack', 'time': '2020-10-04',"
          + " 'locations': [{'point': {'latitude': 40.6828, 'longitude': 46.3606}, 'precision': 'near'}]";

  private static final String POINT =
      "'locations': [{'point': {'latitude': 40.6828, 'longitude': 46.3606}, 'precision': 'near'}]";

  private static final String NESTED = "[".repeat(65) + "]".repeat(65);

  /** One minimal document per code; each yields exactly one finding, of its code. */
  private static final Map<FindingCode, byte[]> MINIMAL = new EnumMap<>(FindingCode.class);

  static {
    put(FindingCode.SYNTAX, feed().incident("'id': 'inc-ganja' 'incidentType': 'armed_clash'"));
    MINIMAL.put(FindingCode.ENCODING, feed().incident(INCIDENT).document().getBytes(utf16le()));
    put(FindingCode.LIMIT_EXCEEDED, feed().incident(INCIDENT + ", 'x-deep': " + NESTED));
    put(FindingCode.WRONG_TYPE, feed().incident(INCIDENT + ", 'sources': 'src-trt'"));
    put(
        FindingCode.NULL_VALUE,
        feed().source("'id': 'src-trt', 'kind': 'news_article', 'partOf': null"));
    put(
        FindingCode.MISSING_MEMBER,
        feed().incident("'id': 'inc-ganja', 'incidentType': 'armed_clash', " + POINT));
    put(FindingCode.UNKNOWN_MEMBER, feed().incident(INCIDENT + ", 'casualties': 1"));
    put(FindingCode.DUPLICATE_MEMBER, feed().incident("'id': 'inc-first', " + INCIDENT));
    put(
        FindingCode.UNKNOWN_ENUM_VALUE,
        feed().incident("'id': 'inc-ganja', 'incidentType': 'shelling', 'time': '2020-10-04', " + POINT));
    put(
        FindingCode.NUMBER_OUT_OF_RANGE,
        feed()
            .incident(INCIDENT)
            .casualtyReport(
                "'id': 'cr-ganja', 'incident': 'inc-ganja', 'figures': [{'outcome': 'injured',"
                    + " 'group': 'civilian', 'count': -32}]"));
    put(
        FindingCode.MALFORMED_ID,
        feed().incident(INCIDENT.replace("'inc-ganja'", "'inc ganja'")));
    put(
        FindingCode.MALFORMED_EDTF,
        feed().incident(INCIDENT.replace("'2020-10-04'", "'04/10/2020'")));
    put(
        FindingCode.MALFORMED_LANGUAGE_TAG,
        feed().actor("'id': 'act-aze', 'kind': 'state', 'name': {'text': 'Azerbaijan', 'language': 'az_AZ'}"));
    put(FindingCode.MALFORMED_ISO_CODE, feed().territory(territoryWithId("iso_3166_1_alpha2", "AZE")));
    put(FindingCode.MALFORMED_WIKIDATA_ID, feed().territory(territoryWithId("wikidata", "227")));
    put(FindingCode.MALFORMED_EXTERNAL_ID, feed().territory(territoryWithId("geonames", "Ganja")));
    put(
        FindingCode.BROKEN_INVARIANT,
        feed()
            .territory(
                "'id': 'ter-ganja', 'kind': 'city', 'name': 'Ganja',"
                    + " 'population': {'low': 40, 'best': 32, 'high': 30}"));
    put(
        FindingCode.UNSUPPORTED_SCHEMA_VERSION,
        FeedText.withHeader(FeedText.HEADER.replace("'1.0'", "'2.0'")).incident(INCIDENT));
    put(
        FindingCode.DUPLICATE_ID,
        feed()
            .actor("'id': 'act-arm', 'kind': 'state', 'name': 'Armenia'")
            .actor("'id': 'act-arm', 'kind': 'government_body', 'name': 'Armenian Defence Ministry'"));
    put(
        FindingCode.UNRESOLVED_REFERENCE,
        feed()
            .incident(
                INCIDENT
                    + ", 'participants': [{'actor': 'act-arm', 'role': 'perpetrator', 'certainty':"
                    + " 'alleged'}]"));
    put(
        FindingCode.TERRITORY_CYCLE,
        feed()
            .territory("'id': 'ter-ganja', 'kind': 'city', 'name': 'Ganja', 'parent': 'ter-aze'")
            .territory("'id': 'ter-aze', 'kind': 'country', 'name': 'Azerbaijan', 'parent': 'ter-ganja'"));
    put(
        FindingCode.INCIDENT_CYCLE,
        feed()
            .incident(INCIDENT + ", 'partOf': 'inc-clashes'")
            .incident(
                "'id': 'inc-clashes', 'incidentType': 'armed_clash', 'time': '2020-09-27/..', "
                    + POINT
                    + ", 'partOf': 'inc-ganja'"));
    put(
        FindingCode.SOURCE_CYCLE,
        feed()
            .source("'id': 'src-photo', 'kind': 'photo', 'partOf': 'src-trt'")
            .source("'id': 'src-trt', 'kind': 'news_article', 'partOf': 'src-photo'"));
    put(
        FindingCode.DATED_BEFORE_INCIDENT,
        feed()
            .incident(INCIDENT)
            .casualtyReport(
                "'id': 'cr-ganja', 'asOf': '2020-10-03', 'incident': 'inc-ganja', 'figures':"
                    + " [{'outcome': 'killed', 'group': 'civilian', 'count': 1}]"));
    put(
        FindingCode.ASSERTS_AND_DENIES,
        feed()
            .actor("'id': 'act-hajiyev', 'kind': 'person', 'name': 'Hikmet Hajiyev'")
            .incident(INCIDENT)
            .statement(
                "'id': 'st-hajiyev', 'kind': 'accusation', 'speaker': 'act-hajiyev', 'subjects':"
                    + " [{'incident': 'inc-ganja', 'stance': 'asserts'}, {'incident': 'inc-ganja',"
                    + " 'stance': 'denies'}]"));
    put(FindingCode.DATED_AFTER_FEED, feed().incident(INCIDENT.replace("2020-10-04", "2020-10-06")));
    put(
        FindingCode.INCIDENT_WITHOUT_LOCATION,
        feed().incident("'id': 'inc-clashes', 'incidentType': 'armed_clash', 'time': '2020-09-27/..'"));
  }

  private static void put(FindingCode code, FeedText feed) {
    MINIMAL.put(code, utf8(feed.document()));
  }

  private static String territoryWithId(String scheme, String value) {
    return "'id': 'ter-x', 'kind': 'city', 'name': 'Ganja', 'externalIds': [{'scheme': '"
        + scheme
        + "', 'value': '"
        + value
        + "'}]";
  }

  private static Charset utf16le() {
    return StandardCharsets.UTF_16LE;
  }

  private static String text(FindingCode code) {
    return new String(MINIMAL.get(code), StandardCharsets.UTF_8);
  }

  private static ValidationReport strict(FindingCode code) {
    return STRICT.validateDocument(new ByteArrayInputStream(MINIMAL.get(code)));
  }

  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void everyCodeHasAMinimalDocumentThatYieldsExactlyThatFinding(FindingCode code) {
    assertNotNull(MINIMAL.get(code), () -> "no minimal document for " + code);
    ValidationReport report = strict(code);
    Finding f = only(report, code);
    assertEquals(code.defaultSeverity(), f.severity());
    assertEquals(code.defaultSeverity() != Severity.ERROR, report.isValid(), report::toString);
    assertFalse(report.isPartial());
  }

  @Test
  void minimalDocumentsAreValidOnceTheProblemIsGone() {
    // the documents are valid except for their one problem: the feed around them is sound
    ValidationReport report =
        STRICT.validateDocument(
            feed()
                .actor("'id': 'act-hajiyev', 'kind': 'person', 'name': 'Hikmet Hajiyev'")
                .incident(INCIDENT)
                .casualtyReport(
                    "'id': 'cr-ganja', 'asOf': '2020-10-04', 'incident': 'inc-ganja', 'figures':"
                        + " [{'outcome': 'killed', 'group': 'civilian', 'count': 1}]")
                .document());
    assertTrue(report.findings().isEmpty(), report::toString);
    assertEquals(3, report.recordsRead());
  }

  // ---------------------------------------------------------------- reading (JSON level)

  @Test
  void syntax() {
    Finding f = only(strict(FindingCode.SYNTAX), FindingCode.SYNTAX);
    assertFinding(
        f,
        FindingCode.SYNTAX,
        Severity.ERROR,
        "/incidents/0/id",
        at(text(FindingCode.SYNTAX), "'incidentType'"));
  }

  @Test
  void syntaxOfATruncatedDocumentIsAtItsEnd() {
    String document = "{\n\"schemaVersion\": \"1.0\",\n\"producer\": \"test\",\n";
    Finding f = only(STRICT.validateDocument(document), FindingCode.SYNTAX);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(4, f.line().orElse(-1), f::toString);
  }

  @Test
  void encodingUtf16LittleEndianWithoutByteOrderMark() {
    Finding f = only(strict(FindingCode.ENCODING), FindingCode.ENCODING);
    assertFinding(f, FindingCode.ENCODING, Severity.ERROR, "", new long[] {1, 1});
    assertMessage(f, "UTF-16");
  }

  @Test
  void encodingUtf16WithByteOrderMarkAndUtf32() {
    byte[] document = utf8(feed().incident(INCIDENT).document());
    for (Charset charset :
        new Charset[] {StandardCharsets.UTF_16, Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE")}) {
      byte[] encoded = new String(document, StandardCharsets.UTF_8).getBytes(charset);
      Finding f =
          only(STRICT.validateDocument(new ByteArrayInputStream(encoded)), FindingCode.ENCODING);
      assertFinding(f, FindingCode.ENCODING, Severity.ERROR, "", new long[] {1, 1});
    }
  }

  @Test
  void encodingOfAnInvalidByteInsideAString() {
    byte[] document = utf8(feed().actor("'id': 'act-aze', 'kind': 'state', 'name': 'AzerbaijanX'").document());
    String text = new String(document, StandardCharsets.UTF_8);
    long[] place = at(text, "X");
    document[text.indexOf('X')] = (byte) 0xFF;
    ValidationReport report = STRICT.validateDocument(new ByteArrayInputStream(document));
    Finding f = report.findings().get(0);
    assertEquals(FindingCode.ENCODING, f.code(), report::toString);
    assertEquals(place[0], f.line().orElse(-1), report::toString);
    assertFalse(report.isValid());
  }

  @Test
  void limitExceededByNesting() {
    String text = text(FindingCode.LIMIT_EXCEEDED);
    Finding f = only(strict(FindingCode.LIMIT_EXCEEDED), FindingCode.LIMIT_EXCEEDED);
    // depth 1 is the feed, 2 the incidents array, 3 the incident: the 62nd '[' of x-deep is at
    // depth 65, one deeper than the limit of 64; the column is that bracket's, the pointer the
    // array holding it (the deepest place that could be read)
    long[] place = at(text, "'x-deep': ");
    place[1] += "'x-deep': ".length() + 61;
    assertFinding(
        f,
        FindingCode.LIMIT_EXCEEDED,
        Severity.ERROR,
        "/incidents/0/x-deep" + "/0".repeat(60),
        place);
    assertMessage(f, "nesting depth");
  }

  @Test
  void wrongType() {
    Finding f = only(strict(FindingCode.WRONG_TYPE), FindingCode.WRONG_TYPE);
    assertFinding(
        f,
        FindingCode.WRONG_TYPE,
        Severity.ERROR,
        "/incidents/0/sources",
        at(text(FindingCode.WRONG_TYPE), "'src-trt'"));
    assertMessage(f, "array");
  }

  @Test
  void nullValue() {
    Finding f = only(strict(FindingCode.NULL_VALUE), FindingCode.NULL_VALUE);
    assertFinding(
        f,
        FindingCode.NULL_VALUE,
        Severity.ERROR,
        "/sources/0/partOf",
        at(text(FindingCode.NULL_VALUE), "null"));
  }

  @Test
  void missingMemberIsReportedAtItsObject() {
    Finding f = only(strict(FindingCode.MISSING_MEMBER), FindingCode.MISSING_MEMBER);
    assertFinding(
        f,
        FindingCode.MISSING_MEMBER,
        Severity.ERROR,
        "/incidents/0",
        at(text(FindingCode.MISSING_MEMBER), "{'id'"));
    assertMessage(f, "\"time\"");
  }

  @Test
  void unknownMemberIsAnErrorWhenStrict() {
    Finding f = only(strict(FindingCode.UNKNOWN_MEMBER), FindingCode.UNKNOWN_MEMBER);
    assertFinding(
        f,
        FindingCode.UNKNOWN_MEMBER,
        Severity.ERROR,
        "/incidents/0/casualties",
        at(text(FindingCode.UNKNOWN_MEMBER), "'casualties'"));
    assertMessage(f, "\"casualties\"", "x-");
  }

  @Test
  void unknownMemberIsAWarningWhenLenient() {
    ValidationReport report = LENIENT.validateDocument(text(FindingCode.UNKNOWN_MEMBER));
    Finding f = only(report, FindingCode.UNKNOWN_MEMBER);
    assertFinding(
        f,
        FindingCode.UNKNOWN_MEMBER,
        Severity.WARNING,
        "/incidents/0/casualties",
        at(text(FindingCode.UNKNOWN_MEMBER), "'casualties'"));
    assertTrue(report.isValid(), report::toString);
    assertEquals(1, report.recordsRead(), "the incident is read in spite of the unknown member");
  }

  @Test
  void duplicateMemberIsReportedAtItsSecondOccurrence() {
    Finding f = only(strict(FindingCode.DUPLICATE_MEMBER), FindingCode.DUPLICATE_MEMBER);
    assertFinding(
        f,
        FindingCode.DUPLICATE_MEMBER,
        Severity.ERROR,
        "/incidents/0/id",
        at(text(FindingCode.DUPLICATE_MEMBER), "'id'", 2));
  }

  @Test
  void unknownEnumValueListsTheAllowedValues() {
    Finding f = only(strict(FindingCode.UNKNOWN_ENUM_VALUE), FindingCode.UNKNOWN_ENUM_VALUE);
    assertFinding(
        f,
        FindingCode.UNKNOWN_ENUM_VALUE,
        Severity.ERROR,
        "/incidents/0/incidentType",
        at(text(FindingCode.UNKNOWN_ENUM_VALUE), "'shelling'"));
    assertMessage(f, "\"shelling\"");
    for (IncidentType type : IncidentType.values()) {
      assertMessage(f, ((CodeList) type).wireName());
    }
  }

  @Test
  void numberOutOfRange() {
    Finding f = only(strict(FindingCode.NUMBER_OUT_OF_RANGE), FindingCode.NUMBER_OUT_OF_RANGE);
    assertFinding(
        f,
        FindingCode.NUMBER_OUT_OF_RANGE,
        Severity.ERROR,
        "/casualtyReports/0/figures/0/count",
        at(text(FindingCode.NUMBER_OUT_OF_RANGE), "-32"));
    assertMessage(f, "-32");
  }

  @Test
  void numbersOutOfRangeOfEveryKind() {
    for (String count : new String[] {"1.5", "1e999999999", "18446744073709551616", "9007199254740992"}) {
      String document =
          feed()
              .incident(INCIDENT)
              .casualtyReport(
                  "'id': 'cr-ganja', 'incident': 'inc-ganja', 'figures': [{'outcome': 'injured',"
                      + " 'group': 'civilian', 'count': "
                      + count
                      + "}]")
              .document();
      Finding f = only(STRICT.validateDocument(document), FindingCode.NUMBER_OUT_OF_RANGE);
      assertFinding(
          f,
          FindingCode.NUMBER_OUT_OF_RANGE,
          Severity.ERROR,
          "/casualtyReports/0/figures/0/count",
          at(document, count));
    }
  }

  @Test
  void malformedId() {
    Finding f = only(strict(FindingCode.MALFORMED_ID), FindingCode.MALFORMED_ID);
    assertFinding(
        f,
        FindingCode.MALFORMED_ID,
        Severity.ERROR,
        "/incidents/0/id",
        at(text(FindingCode.MALFORMED_ID), "'inc ganja'"));
  }

  @Test
  void malformedEdtf() {
    Finding f = only(strict(FindingCode.MALFORMED_EDTF), FindingCode.MALFORMED_EDTF);
    assertFinding(
        f,
        FindingCode.MALFORMED_EDTF,
        Severity.ERROR,
        "/incidents/0/time",
        at(text(FindingCode.MALFORMED_EDTF), "'04/10/2020'"));
    assertMessage(f, "04/10/2020");
  }

  @Test
  void malformedLanguageTag() {
    Finding f =
        only(strict(FindingCode.MALFORMED_LANGUAGE_TAG), FindingCode.MALFORMED_LANGUAGE_TAG);
    assertFinding(
        f,
        FindingCode.MALFORMED_LANGUAGE_TAG,
        Severity.ERROR,
        "/actors/0/name/language",
        at(text(FindingCode.MALFORMED_LANGUAGE_TAG), "'az_AZ'"));
  }

  @Test
  void malformedIsoCode() {
    Finding f = only(strict(FindingCode.MALFORMED_ISO_CODE), FindingCode.MALFORMED_ISO_CODE);
    assertFinding(
        f,
        FindingCode.MALFORMED_ISO_CODE,
        Severity.ERROR,
        "/territories/0/externalIds/0/value",
        at(text(FindingCode.MALFORMED_ISO_CODE), "'AZE'"));
    assertMessage(f, "AZE");
  }

  @Test
  void malformedWikidataId() {
    Finding f = only(strict(FindingCode.MALFORMED_WIKIDATA_ID), FindingCode.MALFORMED_WIKIDATA_ID);
    assertFinding(
        f,
        FindingCode.MALFORMED_WIKIDATA_ID,
        Severity.ERROR,
        "/territories/0/externalIds/0/value",
        at(text(FindingCode.MALFORMED_WIKIDATA_ID), "'227'"));
  }

  @Test
  void malformedExternalId() {
    Finding f = only(strict(FindingCode.MALFORMED_EXTERNAL_ID), FindingCode.MALFORMED_EXTERNAL_ID);
    assertFinding(
        f,
        FindingCode.MALFORMED_EXTERNAL_ID,
        Severity.ERROR,
        "/territories/0/externalIds/0/value",
        at(text(FindingCode.MALFORMED_EXTERNAL_ID), "'Ganja'", 2));
  }

  @Test
  void brokenInvariantLowAboveHigh() {
    Finding f = only(strict(FindingCode.BROKEN_INVARIANT), FindingCode.BROKEN_INVARIANT);
    assertFinding(
        f,
        FindingCode.BROKEN_INVARIANT,
        Severity.ERROR,
        "/territories/0/population",
        at(text(FindingCode.BROKEN_INVARIANT), "{'low'"));
    assertMessage(f, "low", "high", "40", "30");
  }

  @Test
  void brokenInvariantLatitudeAndInterval() {
    String latitude =
        feed().incident(INCIDENT.replace("'latitude': 40.6828", "'latitude': 91")).document();
    Finding lat = only(STRICT.validateDocument(latitude), FindingCode.BROKEN_INVARIANT);
    assertFinding(
        lat,
        FindingCode.BROKEN_INVARIANT,
        Severity.ERROR,
        "/incidents/0/locations/0/point/latitude",
        at(latitude, "91"));
    assertMessage(lat, "latitude", "91");

    String interval =
        feed().incident(INCIDENT.replace("'2020-10-04'", "'2020-10-04/2020-09-27'")).document();
    Finding time = only(STRICT.validateDocument(interval), FindingCode.BROKEN_INVARIANT);
    assertFinding(
        time,
        FindingCode.BROKEN_INVARIANT,
        Severity.ERROR,
        "/incidents/0/time",
        at(interval, "'2020-10-04/2020-09-27'"));
    assertMessage(time, "ends before it starts");
  }

  @Test
  void unsupportedSchemaVersion() {
    Finding f =
        only(strict(FindingCode.UNSUPPORTED_SCHEMA_VERSION), FindingCode.UNSUPPORTED_SCHEMA_VERSION);
    assertFinding(
        f,
        FindingCode.UNSUPPORTED_SCHEMA_VERSION,
        Severity.ERROR,
        "/schemaVersion",
        at(text(FindingCode.UNSUPPORTED_SCHEMA_VERSION), "'2.0'"));
    assertMessage(f, "2.0");
  }

  // ---------------------------------------------------------------- model level

  @Test
  void duplicateIdIsReportedAtTheSecondIdNamingTheFirst() {
    Finding f = only(strict(FindingCode.DUPLICATE_ID), FindingCode.DUPLICATE_ID);
    assertModelFinding(
        text(FindingCode.DUPLICATE_ID), f, FindingCode.DUPLICATE_ID, Severity.ERROR, "/actors/1/id");
    assertMessage(f, "\"act-arm\"", "/actors/0");
  }

  @Test
  void duplicateIdsAreUniquePerKind() {
    String document =
        feed()
            .actor("'id': 'same', 'kind': 'state', 'name': 'Armenia'")
            .incident(INCIDENT.replace("'inc-ganja'", "'same'"))
            .document();
    ValidationReport report = STRICT.validateDocument(document);
    assertTrue(report.findings().isEmpty(), report::toString);
  }

  @Test
  void unresolvedReferenceIsAnError() {
    Finding f = only(strict(FindingCode.UNRESOLVED_REFERENCE), FindingCode.UNRESOLVED_REFERENCE);
    assertModelFinding(
        text(FindingCode.UNRESOLVED_REFERENCE), f, FindingCode.UNRESOLVED_REFERENCE, Severity.ERROR, "/incidents/0/participants/0/actor");
    assertMessage(f, "no actor with id \"act-arm\"");
  }

  @Test
  void unresolvedReferenceIsAWarningWhenTheFeedIsPartial() {
    String document =
        text(FindingCode.UNRESOLVED_REFERENCE)
            .replace("\"producer\": \"test\",", "\"producer\": \"test\", \"partial\": true,");
    ValidationReport report = STRICT.validateDocument(document);
    Finding f = only(report, FindingCode.UNRESOLVED_REFERENCE);
    assertModelFinding(
        document, f, FindingCode.UNRESOLVED_REFERENCE, Severity.WARNING, "/incidents/0/participants/0/actor");
    assertMessage(f, "partial");
    assertTrue(report.isValid());
  }

  @Test
  void referenceToAnEntityOfAnotherKindDoesNotResolve() {
    String document =
        feed()
            .territory("'id': 'ter-ganja', 'kind': 'city', 'name': 'Ganja'")
            .incident(
                INCIDENT
                    + ", 'participants': [{'actor': 'ter-ganja', 'role': 'perpetrator',"
                    + " 'certainty': 'alleged'}]")
            .document();
    Finding f = only(STRICT.validateDocument(document), FindingCode.UNRESOLVED_REFERENCE);
    assertModelFinding(
        document, f, FindingCode.UNRESOLVED_REFERENCE, Severity.ERROR, "/incidents/0/participants/0/actor");
  }

  @Test
  void territoryCycle() {
    Finding f = only(strict(FindingCode.TERRITORY_CYCLE), FindingCode.TERRITORY_CYCLE);
    assertModelFinding(
        text(FindingCode.TERRITORY_CYCLE), f, FindingCode.TERRITORY_CYCLE, Severity.ERROR, "/territories/0/parent");
    assertMessage(f, "ter-ganja -> ter-aze -> ter-ganja");
  }

  @Test
  void incidentCycle() {
    Finding f = only(strict(FindingCode.INCIDENT_CYCLE), FindingCode.INCIDENT_CYCLE);
    assertModelFinding(
        text(FindingCode.INCIDENT_CYCLE), f, FindingCode.INCIDENT_CYCLE, Severity.ERROR, "/incidents/0/partOf");
    assertMessage(f, "inc-ganja -> inc-clashes -> inc-ganja");
  }

  @Test
  void sourceCycle() {
    Finding f = only(strict(FindingCode.SOURCE_CYCLE), FindingCode.SOURCE_CYCLE);
    assertModelFinding(
        text(FindingCode.SOURCE_CYCLE), f, FindingCode.SOURCE_CYCLE, Severity.ERROR, "/sources/0/partOf");
    assertMessage(f, "src-photo -> src-trt -> src-photo");
  }

  @Test
  void casualtyReportDatedBeforeItsIncident() {
    ValidationReport report = strict(FindingCode.DATED_BEFORE_INCIDENT);
    Finding f = only(report, FindingCode.DATED_BEFORE_INCIDENT);
    assertModelFinding(
        text(FindingCode.DATED_BEFORE_INCIDENT), f, FindingCode.DATED_BEFORE_INCIDENT, Severity.WARNING, "/casualtyReports/0/asOf");
    assertMessage(f, "2020-10-03", "inc-ganja", "2020-10-04");
    assertTrue(report.isValid(), "a warning leaves the feed valid");
  }

  @Test
  void statementDatedBeforeItsIncidentEvenWhenTheIncidentComesLater() {
    String document =
        feed()
            .actor("'id': 'act-hajiyev', 'kind': 'person', 'name': 'Hikmet Hajiyev'")
            .incident(INCIDENT)
            .statement(
                "'id': 'st-hajiyev', 'kind': 'accusation', 'speaker': 'act-hajiyev', 'time':"
                    + " '2020-10-03', 'subjects': [{'incident': 'inc-ganja', 'stance': 'asserts'}]")
            .document();
    Finding f = only(STRICT.validateDocument(document), FindingCode.DATED_BEFORE_INCIDENT);
    assertModelFinding(
        document, f, FindingCode.DATED_BEFORE_INCIDENT, Severity.WARNING, "/statements/0/time");
  }

  @Test
  void datesThatMayOverlapTheIncidentPass() {
    String document =
        feed()
            .incident(INCIDENT)
            .casualtyReport(
                "'id': 'cr-ganja', 'asOf': '2020-10', 'incident': 'inc-ganja', 'figures':"
                    + " [{'outcome': 'killed', 'group': 'civilian', 'count': 1}]")
            .document();
    ValidationReport report = STRICT.validateDocument(document);
    assertTrue(report.findings().isEmpty(), report::toString);
  }

  @Test
  void assertsAndDenies() {
    Finding f = only(strict(FindingCode.ASSERTS_AND_DENIES), FindingCode.ASSERTS_AND_DENIES);
    assertModelFinding(
        text(FindingCode.ASSERTS_AND_DENIES), f, FindingCode.ASSERTS_AND_DENIES, Severity.WARNING, "/statements/0/subjects/1");
    assertMessage(f, "subjects/0", "subjects/1", "inc-ganja");
  }

  @Test
  void datedAfterFeed() {
    Finding f = only(strict(FindingCode.DATED_AFTER_FEED), FindingCode.DATED_AFTER_FEED);
    assertModelFinding(
        text(FindingCode.DATED_AFTER_FEED), f, FindingCode.DATED_AFTER_FEED, Severity.WARNING, "/incidents/0/time");
    assertMessage(f, "2020-10-06", "2020-10-05T00:00:00Z");
  }

  @Test
  void incidentWithoutLocation() {
    Finding f =
        only(strict(FindingCode.INCIDENT_WITHOUT_LOCATION), FindingCode.INCIDENT_WITHOUT_LOCATION);
    assertModelFinding(
        text(FindingCode.INCIDENT_WITHOUT_LOCATION), f, FindingCode.INCIDENT_WITHOUT_LOCATION, Severity.WARNING, "/incidents/0");
    assertMessage(f, "inc-clashes");
  }

  // ---------------------------------------------------------------- order

  @Test
  void withinARecordTheReadingFindingsComeBeforeTheModelChecks() {
    // an unknown member leaves the incident whole, so its references are checked too
    String document =
        feed()
            .incident(
                INCIDENT
                    + ", 'participants': [{'actor': 'act-arm', 'role': 'perpetrator', 'certainty':"
                    + " 'alleged'}], 'sources': ['src-trt'], 'casualties': 1")
            .document();
    ValidationReport report = STRICT.validateDocument(document);
    assertEquals(
        java.util.List.of(
            "unknown_member /incidents/0/casualties",
            "unresolved_reference /incidents/0/participants/0/actor",
            "unresolved_reference /incidents/0/sources/0"),
        Located.codesAndPointers(report));
  }

  @Test
  void feedMembersComeFirstThenRecordsInFeedMemberOrder() {
    // the arrays are written in reverse order, the feed's unknown member last
    String document =
        FeedText.q(
            "{'schemaVersion': '1.0', 'producer': 'test', 'createdAt': '2020-10-05T00:00:00Z',\n"
                + "'incidents': [{'id': 'inc-clashes', 'incidentType': 'armed_clash', 'time':"
                + " '2020-09-27/..'}],\n"
                + "'actors': [{'id': 'act-arm', 'kind': 'state', 'name': 'Armenia', 'country':"
                + " 'ter-arm'}],\n"
                + "'sources': [{'id': 'src-trt', 'kind': 'newspaper'}],\n"
                + "'version': 2}");
    ValidationReport report = STRICT.validateDocument(document);
    assertEquals(
        java.util.List.of(
            "unknown_member /version",
            "unknown_enum_value /sources/0/kind",
            "unresolved_reference /actors/0/country",
            "incident_without_location /incidents/0"),
        Located.codesAndPointers(report));
  }

  // ---------------------------------------------------------------- inputs

  @Test
  void pathAndStreamAndStringGiveTheSameFindings(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    String document = text(FindingCode.UNKNOWN_ENUM_VALUE);
    java.nio.file.Path file = dir.resolve("feed.json");
    java.nio.file.Files.writeString(file, document);
    ValidationReport fromString = STRICT.validateDocument(document);
    ValidationReport fromStream = STRICT.validateDocument(new ByteArrayInputStream(utf8(document)));
    ValidationReport fromPath = STRICT.validateDocument(file);
    assertEquals(fromString, fromStream);
    assertEquals(Located.codesAndPointers(fromString), Located.codesAndPointers(fromPath));
    assertEquals(file.toString(), fromPath.findings().get(0).input().orElseThrow());
    java.nio.file.Path unresolved = dir.resolve("unresolved.json");
    java.nio.file.Files.writeString(unresolved, text(FindingCode.UNRESOLVED_REFERENCE));
    Finding model = only(STRICT.validateDocument(unresolved), FindingCode.UNRESOLVED_REFERENCE);
    assertEquals(unresolved.toString(), model.input().orElseThrow(), "model findings too");
  }

  @Test
  void inMemoryFeedsGetTheModelChecks() {
    var feed =
        dev.casus.jackson.CasusJson.strict()
            .readFeed(text(FindingCode.INCIDENT_WITHOUT_LOCATION));
    Finding f = only(STRICT.validate(feed), FindingCode.INCIDENT_WITHOUT_LOCATION);
    assertEquals("/incidents/0", f.pointer());
  }
}
