package dev.casus.jackson.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.feed.Feed;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import dev.casus.core.validation.Severity;
import dev.casus.jackson.CasusJson;
import dev.casus.jackson.CasusReadException;
import dev.casus.jackson.JsonLinesReader;
import dev.casus.jackson.JsonLinesRecord;
import dev.casus.jackson.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Jackson reader agrees with the catalogue of invalid documents (and so with the JSON
 * Schema): each catalogued document and JSON Lines record is reported with the catalogued finding
 * code at the catalogued JSON Pointer, and nowhere else.
 */
class InvalidDocumentsReaderTest {

  private static final CasusJson JSON = CasusJson.strict();

  static List<InvalidDocuments.Document> documents() {
    return InvalidDocuments.documents();
  }

  static List<InvalidDocuments.JsonLinesRecord> records() {
    return InvalidDocuments.records();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void collectingReadReportsTheCataloguedFindingAndNoOther(InvalidDocuments.Document document) {
    ReadResult<Feed> r = JSON.readFeedCollecting(document.text());

    assertTrue(r.hasErrors(), document + " was read without errors");
    List<String> errors =
        r.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .map(InvalidDocumentsReaderTest::codeAtPointer)
            .collect(Collectors.toList());
    assertEquals(
        List.of(document.code().wireName() + " at " + document.pointer()),
        errors,
        document.file() + " (" + document.fault() + ")");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void strictReadFailsWithTheCataloguedFinding(InvalidDocuments.Document document) {
    CasusReadException e =
        assertThrows(CasusReadException.class, () -> JSON.readFeed(document.text()));

    assertEquals(
        document.code().wireName() + " at " + document.pointer(),
        codeAtPointer(e.finding()),
        e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void jsonLinesReaderReportsTheRecordWithTheCataloguedFinding(
      InvalidDocuments.JsonLinesRecord record) {
    List<CasusReadException> bad = new ArrayList<>();
    List<JsonLinesRecord> good = readLines(record.text(), bad);

    assertEquals(List.of(), good, "the invalid record was read as good");
    assertEquals(1, bad.size(), "one report for the one line");
    Finding f = bad.get(0).finding();
    assertEquals(record.code().wireName() + " at " + record.pointer(), codeAtPointer(f), record.fault());
    assertEquals(1, f.line().orElse(-1));
  }

  /**
   * The whole records file in one stream: each line reported once, in order, with its line
   * number. Its one feed header is not on line 1, which is a fault of its own in a stream (the
   * header must be first), reported first for that line, at its {@code "type":"feed"}.
   */
  @Test
  void wholeRecordsFileReportsEveryLineInOrder() {
    String text = CasusSchemas.resource("invalid/" + InvalidDocuments.RECORDS_FILE);
    List<CasusReadException> bad = new ArrayList<>();
    List<JsonLinesRecord> good = readLines(text, bad);

    assertEquals(List.of(), good);
    List<String> expected = new ArrayList<>();
    for (InvalidDocuments.JsonLinesRecord r : records()) {
      boolean lateHeader = r.line() > 1 && r.text().startsWith("{\"type\":\"feed\"");
      expected.add(
          r.line()
              + " "
              + (lateHeader
                  ? FindingCode.BROKEN_INVARIANT.wireName() + " at /type"
                  : r.code().wireName() + " at " + r.pointer()));
    }
    List<String> found =
        bad.stream()
            .map(CasusReadException::finding)
            .map(f -> f.line().orElse(-1) + " " + codeAtPointer(f))
            .collect(Collectors.toList());
    assertEquals(expected, found);
  }

  private static List<JsonLinesRecord> readLines(String text, List<CasusReadException> bad) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try (JsonLinesReader reader = JSON.jsonLinesReader(new ByteArrayInputStream(bytes), bad::add)) {
      List<JsonLinesRecord> good = new ArrayList<>();
      reader.forEachRemaining(good::add);
      return good;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String codeAtPointer(Finding f) {
    return f.code().wireName() + " at " + f.pointer();
  }
}
