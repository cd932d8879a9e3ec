package dev.casus.jackson.schema;

import static dev.casus.core.validation.FindingCode.BROKEN_INVARIANT;
import static dev.casus.core.validation.FindingCode.MALFORMED_EDTF;
import static dev.casus.core.validation.FindingCode.MALFORMED_EXTERNAL_ID;
import static dev.casus.core.validation.FindingCode.MALFORMED_ID;
import static dev.casus.core.validation.FindingCode.MALFORMED_ISO_CODE;
import static dev.casus.core.validation.FindingCode.MALFORMED_LANGUAGE_TAG;
import static dev.casus.core.validation.FindingCode.MALFORMED_WIKIDATA_ID;
import static dev.casus.core.validation.FindingCode.MISSING_MEMBER;
import static dev.casus.core.validation.FindingCode.NULL_VALUE;
import static dev.casus.core.validation.FindingCode.NUMBER_OUT_OF_RANGE;
import static dev.casus.core.validation.FindingCode.UNKNOWN_ENUM_VALUE;
import static dev.casus.core.validation.FindingCode.UNKNOWN_MEMBER;
import static dev.casus.core.validation.FindingCode.UNSUPPORTED_SCHEMA_VERSION;
import static dev.casus.core.validation.FindingCode.WRONG_TYPE;

import dev.casus.core.validation.FindingCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The catalogue of invalid Casus documents: small feeds (and JSON Lines records) that each break
 * the wire format in exactly one place, with the JSON Pointer of that place and the finding code a
 * Casus reader reports for it. The schema tests check that the published JSON Schema rejects each
 * one at that pointer; reader tests can run the same documents through the Jackson reader and
 * expect the same pointer and code.
 *
 * <p>Pointer convention (RFC 6901, relative to the document, or to the line for JSON Lines): the
 * offending value itself (a bad id, a bad enum value, an unknown member); for a missing member or a
 * rule over several members ("exactly one of", "at least one of"), the object that breaks it;
 * {@code ""} for the document root.
 *
 * <p>The documents live on the test classpath under {@value #DIRECTORY}.
 */
public final class InvalidDocuments {

  /** The classpath directory of the invalid documents. */
  public static final String DIRECTORY = "dev/casus/jackson/schema/invalid/";

  /** The JSON Lines file of invalid records, one fault per line. */
  public static final String RECORDS_FILE = "records.jsonl";

  /**
   * One invalid feed document.
   *
   * @param file the file name under {@link #DIRECTORY}
   * @param pointer the JSON Pointer of the fault
   * @param code the finding code a reader reports
   * @param fault what is wrong, for people
   */
  public record Document(String file, String pointer, FindingCode code, String fault) {

    /** The classpath resource path. */
    public String resourcePath() {
      return DIRECTORY + file;
    }

    /** The document text (UTF-8). */
    public String text() {
      return read(resourcePath());
    }

    @Override
    public String toString() {
      return file + " -> " + (pointer.isEmpty() ? "(root)" : pointer) + " " + code.wireName();
    }
  }

  /**
   * One invalid JSON Lines record, a line of {@link #RECORDS_FILE}.
   *
   * @param line the 1-based line number
   * @param pointer the JSON Pointer of the fault, relative to the record
   * @param code the finding code a reader reports
   * @param fault what is wrong, for people
   */
  public record JsonLinesRecord(int line, String pointer, FindingCode code, String fault) {

    /** The record's text, without its line terminator. */
    public String text() {
      String[] lines = read(DIRECTORY + RECORDS_FILE).split("\n", -1);
      return lines[line - 1];
    }

    @Override
    public String toString() {
      return RECORDS_FILE + ":" + line + " -> " + (pointer.isEmpty() ? "(root)" : pointer) + " "
          + code.wireName();
    }
  }

  private static final List<Document> DOCUMENTS =
      List.of(
          doc("missing-member.json", "/actors/0", MISSING_MEMBER, "an actor without its name"),
          doc("missing-feed-member.json", "", MISSING_MEMBER, "a feed without createdAt"),
          doc("unknown-member.json", "/actors/0/nickname", UNKNOWN_MEMBER,
              "an actor with a member the format does not define"),
          doc("extension-on-value-object.json", "/territories/0/point/x-geocoder", UNKNOWN_MEMBER,
              "an x- extension on a GeoPoint: only entities and the feed take extensions"),
          doc("wrong-type.json", "/territories/0/aliases", WRONG_TYPE,
              "aliases as a string instead of an array of names"),
          doc("null-value.json", "/sources/0/title", NULL_VALUE,
              "a null title: absent members are omitted, never null"),
          doc("unknown-enum-value.json", "/incidents/0/incidentType", UNKNOWN_ENUM_VALUE,
              "incident type \"shelling\", not a wire name of IncidentType"),
          doc("malformed-id-blank.json", "/actors/0/id", MALFORMED_ID, "an empty id"),
          doc("malformed-id-space.json", "/actors/0/id", MALFORMED_ID, "an id with a space"),
          doc("malformed-id-too-long.json", "/actors/0/id", MALFORMED_ID,
              "an id of 257 characters"),
          doc("malformed-reference.json", "/incidents/0/participants/0/actor", MALFORMED_ID,
              "a reference holding a tab"),
          doc("malformed-edtf.json", "/incidents/0/time", MALFORMED_EDTF,
              "\"04/10/2020\", not EDTF"),
          doc("malformed-edtf-calendar.json", "/incidents/0/time", MALFORMED_EDTF,
              "2020-02-30, a day that does not exist"),
          doc("malformed-wikidata-id.json", "/actors/0/externalIds/0/value",
              MALFORMED_WIKIDATA_ID, "the QID \"Q0227\" with a leading zero"),
          doc("malformed-iso-code.json", "/territories/0/externalIds/0/value", MALFORMED_ISO_CODE,
              "an ISO 3166-1 alpha-2 code in lower case"),
          doc("malformed-geonames-id.json", "/territories/0/externalIds/0/value",
              MALFORMED_EXTERNAL_ID, "a GeoNames id with a leading zero"),
          doc("malformed-language-tag.json", "/territories/0/aliases/0/language",
              MALFORMED_LANGUAGE_TAG, "\"az_Latn\", with an underscore"),
          doc("negative-count.json", "/casualtyReports/0/figures/0/count", NUMBER_OUT_OF_RANGE,
              "a count of -1"),
          doc("fractional-count.json", "/casualtyReports/0/figures/0/count", NUMBER_OUT_OF_RANGE,
              "a count of 1.5"),
          doc("count-too-large.json", "/casualtyReports/0/figures/0/count", NUMBER_OUT_OF_RANGE,
              "a count of 2^53, one more than the largest"),
          doc("estimate-without-low.json", "/casualtyReports/0/figures/0/count", MISSING_MEMBER,
              "an estimate object without low, which is required on read"),
          doc("negative-estimate-low.json", "/casualtyReports/0/figures/0/count/low",
              NUMBER_OUT_OF_RANGE, "an estimate whose low is -3"),
          doc("latitude-out-of-range.json", "/territories/0/point/latitude", BROKEN_INVARIANT,
              "latitude 91"),
          doc("longitude-out-of-range.json", "/territories/0/point/longitude", BROKEN_INVARIANT,
              "longitude -181"),
          doc("empty-figures.json", "/casualtyReports/0/figures", BROKEN_INVARIANT,
              "a casualty report with no figures"),
          doc("subject-two-kinds.json", "/statements/0/subjects/0", BROKEN_INVARIANT,
              "a subject naming both an incident and an actor"),
          doc("subject-no-kind.json", "/statements/0/subjects/0", MISSING_MEMBER,
              "a subject with a stance but nothing it is about"),
          doc("location-without-place.json", "/incidents/0/locations/0", BROKEN_INVARIANT,
              "a location with neither territory nor point"),
          doc("casualty-report-without-scope.json", "/casualtyReports/0", BROKEN_INVARIANT,
              "a casualty report about neither an incident nor a territory"),
          doc("unsupported-schema-version.json", "/schemaVersion", UNSUPPORTED_SCHEMA_VERSION,
              "schema version 2.0"),
          doc("blank-name.json", "/actors/0/name", BROKEN_INVARIANT, "a name of two spaces"));

  private static final List<JsonLinesRecord> RECORDS =
      List.of(
          new JsonLinesRecord(1, "", MISSING_MEMBER, "a record without type"),
          new JsonLinesRecord(2, "/type", UNKNOWN_ENUM_VALUE,
              "type \"country\", not a record type"),
          new JsonLinesRecord(3, "", MISSING_MEMBER, "an actor record without name"),
          new JsonLinesRecord(4, "/nickname", UNKNOWN_MEMBER, "an actor record with a nickname"),
          new JsonLinesRecord(5, "/sources", UNKNOWN_MEMBER,
              "a feed header with an entity array: entities are records of their own"),
          new JsonLinesRecord(6, "/point/latitude", BROKEN_INVARIANT, "latitude 91"),
          new JsonLinesRecord(7, "/figures", BROKEN_INVARIANT, "no figures"),
          new JsonLinesRecord(8, "/id", MALFORMED_ID, "an id with a space"),
          new JsonLinesRecord(9, "", MISSING_MEMBER,
              "an incident record without incidentType"));

  private InvalidDocuments() {}

  /**
   * Every invalid feed document of the catalogue.
   *
   * @return the documents, in catalogue order
   */
  public static List<Document> documents() {
    return DOCUMENTS;
  }

  /**
   * Every invalid JSON Lines record of the catalogue.
   *
   * @return the records, in line order
   */
  public static List<JsonLinesRecord> records() {
    return RECORDS;
  }

  private static Document doc(String file, String pointer, FindingCode code, String fault) {
    return new Document(file, pointer, code, fault);
  }

  private static String read(String resourcePath) {
    try (InputStream in =
        InvalidDocuments.class.getClassLoader().getResourceAsStream(resourcePath)) {
      Objects.requireNonNull(in, () -> "no resource " + resourcePath);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
