package dev.casus.jackson.validation;

import static dev.casus.jackson.validation.FeedText.q;
import static dev.casus.jackson.validation.FeedText.utf8;
import static dev.casus.jackson.validation.Located.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.feed.Feed;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import dev.casus.core.validation.ValidationProfile;
import dev.casus.core.validation.ValidationReport;
import dev.casus.jackson.CasusJson;
import dev.casus.jackson.FeedValidator;
import dev.casus.jackson.JsonLinesWriter;
import dev.casus.testing.CasusGenerators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validating JSON Lines: bad lines are reported with their line numbers and the rest is checked. */
class JsonLinesValidationTest {

  private static final FeedValidator STRICT = FeedValidator.create(ValidationProfile.strict());

  private static final String HEADER =
      "{'type': 'feed', 'schemaVersion': '1.0', 'producer': 'test', 'createdAt': '2020-10-05T00:00:00Z'}";
  private static final String ARMENIA = "{'type': 'actor', 'id': 'act-arm', 'kind': 'state', 'name': 'Armenia'}";
  private static final String STRIKE =
      "{'type': 'incident', 'id': 'inc-ganja', 'incidentType': 'shelling_artillery_missile_attack',"
          + " 'time': '2020-10-04', 'locations': [{'point': {'latitude': 40.6828, 'longitude':"
          + " 46.3606}, 'precision': 'near'}], 'participants': [{'actor': 'act-mod-arm', 'role':"
          + " 'perpetrator', 'certainty': 'alleged'}]}";
  private static final String MINISTRY =
      "{'type': 'actor', 'id': 'act-mod-arm', 'kind': 'government_body', 'name': 'Armenian Defence"
          + " Ministry', 'country': 'ter-arm'}";

  private static ValidationReport validate(String... lines) {
    return STRICT.validateJsonLines(
        new ByteArrayInputStream(utf8(q(String.join("\n", lines) + "\n"))));
  }

  private static List<String> lineCodePointer(ValidationReport report) {
    return report.findings().stream()
        .map(f -> f.line().orElse(-1) + " " + f.code().wireName() + " " + f.pointer())
        .collect(Collectors.toList());
  }

  @Test
  void badLinesAreReportedWithTheirLineNumbersAndTheRestIsValidated() {
    ValidationReport report =
        validate(
            HEADER, // 1
            ARMENIA, // 2
            "{'type': 'actor', 'id': 'act-aze'", // 3 truncated
            "", // 4 blank: skipped
            "not json at all", // 5
            "[1, 2]", // 6
            "{'id': 'act-x', 'kind': 'state', 'name': 'X'}", // 7 no type
            "{'type': 'weapon', 'id': 'w'}", // 8 unknown record type
            HEADER, // 9 a header after the first record
            STRIKE, // 10 refers forward to line 12
            "{'type': 'actor', 'id': 'act-arm', 'kind': 'state', 'name': 'Armenia', 'country': 'ter-arm'}", // 11
            MINISTRY, // 12 refers to a territory nobody defines
            "{'type': 'incident', 'id': 'inc-x', 'incidentType': 'armed_clash', 'time': '2020-10-04'} {}"); // 13
    assertEquals(
        List.of(
            "3 syntax /id",
            "5 syntax ",
            "6 wrong_type ",
            "7 missing_member ",
            "8 unknown_enum_value /type",
            "9 broken_invariant /type",
            "11 duplicate_id /id",
            "11 unresolved_reference /country",
            "12 unresolved_reference /country",
            "13 syntax "),
        lineCodePointer(report),
        report::toString);
    Finding truncated = report.findings().get(0);
    assertMessage(truncated, "the input ends too early");
    assertFalse(truncated.message().contains("Source:"), truncated::toString);
    // the forward reference on line 10 resolved; the duplicate names the first use
    assertMessage(report.findings().get(6), "\"act-arm\"", "line 2");
    assertEquals(11, report.recordsRead(), "every non-blank line but the header on line 1");
    assertFalse(report.isValid());
  }

  @Test
  void aBadLineWithSeveralProblemsReportsThemAll() {
    ValidationReport report =
        validate(
            HEADER,
            "{'type': 'incident', 'id': 'inc bad', 'incidentType': 'shelling', 'time': '2020-13-01',"
                + " 'status': 'rumoured'}");
    assertEquals(
        List.of(
            "2 malformed_id /id",
            "2 unknown_enum_value /incidentType",
            "2 malformed_edtf /time",
            "2 unknown_enum_value /status"),
        lineCodePointer(report),
        report::toString);
    report.findings().forEach(f -> assertTrue(f.column().isPresent(), f::toString));
  }

  @Test
  void theRecordKindMayComeAnywhereInTheLine() {
    ValidationReport report =
        validate(
            HEADER,
            "{'id': 'inc-1', 'incidentType': 'shelling', 'type': 'incident', 'time': '2020-10-04'}");
    assertEquals(List.of("2 unknown_enum_value /incidentType"), lineCodePointer(report));
  }

  @Test
  void unknownAndRepeatedMembersDoNotHideTheModelChecksOfTheirRecord() {
    ValidationReport report =
        validate(
            HEADER,
            "{'type': 'actor', 'id': 'act-arm', 'kind': 'state', 'name': 'Armenia', 'name':"
                + " 'Armenia', 'country': 'ter-arm', 'x-ok': 1, 'flag': 'red'}");
    assertEquals(
        List.of(
            "2 duplicate_member /name",
            "2 unknown_member /flag",
            "2 unresolved_reference /country"),
        lineCodePointer(report),
        report::toString);
  }

  @Test
  void withoutAHeaderDatesAreNotComparedWithTheFeedsCreation() {
    ValidationReport report =
        validate(STRIKE.replace("2020-10-04", "2099-01-01"), MINISTRY.replace(", 'country': 'ter-arm'", ""));
    assertTrue(report.findings().isEmpty(), report::toString);
    assertEquals(2, report.recordsRead());
  }

  @Test
  void aPartialHeaderMakesUnresolvedReferencesWarnings() {
    ValidationReport report =
        validate(HEADER.replace("'producer'", "'partial': true, 'producer'"), STRIKE);
    assertEquals(List.of("2 unresolved_reference /participants/0/actor"), lineCodePointer(report));
    assertEquals(dev.casus.core.validation.Severity.WARNING, report.findings().get(0).severity());
    assertTrue(report.isValid());
  }

  @Test
  void aUtf16StreamIsOneEncodingFindingOnLineOne() {
    byte[] utf16 = q(HEADER + "\n" + ARMENIA + "\n").getBytes(StandardCharsets.UTF_16);
    ValidationReport report = STRICT.validateJsonLines(new ByteArrayInputStream(utf16));
    assertEquals(List.of("1 encoding "), lineCodePointer(report), report::toString);
  }

  @Test
  void anOverlongLineIsReportedAndSkipped() {
    CasusJson small = CasusJson.builder().maxLineLength(400).build();
    FeedValidator validator = FeedValidator.create(ValidationProfile.strict(), small);
    String longName = "{'type': 'actor', 'id': 'act-long', 'kind': 'state', 'name': '" + "x".repeat(500) + "'}";
    ValidationReport report =
        validator.validateJsonLines(
            new ByteArrayInputStream(utf8(q(String.join("\n", HEADER, longName, STRIKE, MINISTRY)))));
    assertEquals(
        List.of("2 limit_exceeded ", "4 unresolved_reference /country"),
        lineCodePointer(report),
        report::toString);
  }

  @Test
  void aFileNamesItselfInTheFindings(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(file, q(HEADER + "\n" + STRIKE + "\n"));
    ValidationReport report = STRICT.validateJsonLines(file);
    Finding f = Located.only(report, FindingCode.UNRESOLVED_REFERENCE);
    assertEquals(file.toString(), f.input().orElseThrow(), "a model finding names the file too");
    assertEquals(2, f.line().orElse(-1));
  }

  @Test
  void twoHundredThousandRecordsStreamValid() {
    Feed feed = CasusGenerators.withSeed(1).feed(87_000);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 << 20);
    long records;
    try (JsonLinesWriter writer = CasusJson.strict().jsonLinesWriter(bytes)) {
      writer.writeFeed(feed);
      records = writer.written();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    byte[] stream = bytes.toByteArray();
    ValidationReport report =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> STRICT.validateJsonLines(new ByteArrayInputStream(stream)));
    assertTrue(report.findings().isEmpty(), () -> report.toString().lines().limit(5).collect(Collectors.joining("\n")));
    assertTrue(report.isValid());
    assertTrue(report.recordsRead() >= 200_000, () -> report.recordsRead() + " records");
    assertEquals(records - 1, report.recordsRead(), "every record but the header");
  }
}
