package dev.casus.jackson.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.casus.core.feed.FeedHeader;
import dev.casus.core.incident.Incident;
import dev.casus.core.validation.Finding;
import dev.casus.jackson.CasusJson;
import dev.casus.jackson.CasusReadException;
import dev.casus.jackson.JsonLinesReader;
import dev.casus.jackson.JsonLinesRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes the JSON Lines reader. Whatever the bytes, reading every record with a bad-line handler
 * lets nothing escape: good records come out in line order, and every bad line arrives at the
 * handler as a {@link CasusReadException} naming a line of the input. And one bad line cannot
 * swallow its neighbours: in the stream [a good header line, the fuzz bytes with their newlines
 * removed, a good incident line] both good records arrive, on lines 1 and 3.
 *
 * <p>Without {@code JAZZER_FUZZ=1} this replays the committed corpus in {@code
 * src/test/resources/dev/casus/jackson/fuzz/JsonLinesReaderFuzzTestInputs/}.
 */
class JsonLinesReaderFuzzTest {

  private static final CasusJson JSON = CasusJson.strict();

  private static final byte[] HEADER_LINE =
      "{\"type\":\"feed\",\"schemaVersion\":\"1.0\",\"producer\":\"fuzz\",\"createdAt\":\"2020-10-05T00:00:00Z\"}"
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] INCIDENT_LINE =
      ("{\"type\":\"incident\",\"id\":\"inc-ganja\",\"incidentType\":\"shelling_artillery_missile_attack\","
              + "\"time\":\"2020-10-04\"}")
          .getBytes(StandardCharsets.UTF_8);
  private static final FeedHeader HEADER = only(HEADER_LINE).header().orElseThrow();
  private static final Incident INCIDENT = (Incident) only(INCIDENT_LINE).entity().orElseThrow();

  @FuzzTest(maxDuration = "5m")
  void nothingEscapesAndGoodLinesSurvive(byte[] input) {
    List<CasusReadException> bad = new ArrayList<>();
    List<JsonLinesRecord> records = readAll(input, bad);
    long lines = countLines(input);
    long previous = 0;
    for (JsonLinesRecord r : records) {
      assertTrue(r.line() > previous && r.line() <= lines, r::toString);
      previous = r.line();
    }
    for (CasusReadException e : bad) {
      Finding f = e.finding();
      long line = f.line().orElse(-1);
      assertTrue(line >= 1 && line <= lines, () -> "line " + line + " of " + lines + ": " + e);
    }

    List<CasusReadException> badMiddle = new ArrayList<>();
    List<JsonLinesRecord> sandwich = readAll(sandwich(input), badMiddle);
    assertTrue(sandwich.size() == 2 || sandwich.size() == 3, sandwich::toString);
    JsonLinesRecord first = sandwich.get(0);
    JsonLinesRecord last = sandwich.get(sandwich.size() - 1);
    assertEquals(1, first.line());
    assertEquals(Optional.of(HEADER), first.header());
    assertEquals(3, last.line());
    assertEquals(Optional.of(INCIDENT), last.entity());
    for (CasusReadException e : badMiddle) {
      assertEquals(2, e.finding().line().orElse(-1), e::toString);
    }
    assertFalse(sandwich.size() == 3 && !badMiddle.isEmpty(), "line 2 was both good and bad");
  }

  /** [header line, the input without newlines, incident line], each ending with a newline. */
  private static byte[] sandwich(byte[] input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 256);
    out.writeBytes(HEADER_LINE);
    out.write('\n');
    for (byte b : input) {
      if (b != '\n') {
        out.write(b);
      }
    }
    out.write('\n');
    out.writeBytes(INCIDENT_LINE);
    out.write('\n');
    return out.toByteArray();
  }

  /** Every good record; every bad line goes to {@code bad}; nothing may be thrown. */
  private static List<JsonLinesRecord> readAll(byte[] input, List<CasusReadException> bad) {
    List<JsonLinesRecord> records = new ArrayList<>();
    try (JsonLinesReader r = JSON.jsonLinesReader(new ByteArrayInputStream(input), bad::add)) {
      while (r.hasNext()) {
        records.add(r.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /** The number of lines of the input: a final line without a newline counts. */
  private static long countLines(byte[] input) {
    long n = 0;
    for (byte b : input) {
      if (b == '\n') {
        n++;
      }
    }
    return input.length > 0 && input[input.length - 1] != '\n' ? n + 1 : n;
  }

  private static JsonLinesRecord only(byte[] line) {
    List<CasusReadException> bad = new ArrayList<>();
    List<JsonLinesRecord> records = readAll(line, bad);
    if (!bad.isEmpty() || records.size() != 1) {
      throw new IllegalStateException("the fixed good line is not good: " + bad);
    }
    return records.get(0);
  }
}
