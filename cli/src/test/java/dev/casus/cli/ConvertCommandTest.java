package dev.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.casus.cli.Cli.Result;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code casus convert} on 20 real ACLED rows (HDX layout): every output format, a bad row, the
 * converted feed passing {@code casus validate}, and the round trip back to ACLED.
 */
class ConvertCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String EXCERPT = "acled/armenia-excerpt-20.csv";
  private static final String SUMMARY_OK = "casus convert: 20 rows read, 20 converted, 0 rejected";

  /** The ACLED columns Casus carries (docs/interop.md), and the derived and extension ones. */
  private static final List<String> CARRIED =
      List.of(
          "event_id_cnty", "event_date", "time_precision", "sub_event_type", "actor1",
          "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "country", "admin1",
          "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes");

  private static final List<String> DERIVED_AND_EXTENSIONS =
      List.of("year", "event_type", "interaction", "region", "source_scale", "timestamp");

  @TempDir Path dir;

  private Path excerpt() {
    return Cli.resource(EXCERPT, dir);
  }

  private Result convert(String from, String to, Path in, Path out) {
    return Cli.run("convert", "--from", from, "--to", to, in.toString(), out.toString());
  }

  // ---------------------------------------------------------------- every output

  @Test
  void acledToACasusFeedThatValidates() throws IOException {
    Path out = dir.resolve("armenia.casus.json");
    Result r = convert("acled", "casus", excerpt(), out);
    assertEquals(0, r.exit(), r::toString);
    assertEquals(SUMMARY_OK, r.err().strip());
    JsonNode feed = MAPPER.readTree(out.toFile());
    assertEquals("1.0", feed.get("schemaVersion").asText());
    assertEquals(20, feed.get("incidents").size());
    assertEquals("inc-acled-ARM3351", feed.get("incidents").get(0).get("id").asText());
    Result validate = Cli.run("validate", out.toString());
    assertEquals(0, validate.exit(), validate::toString);
    assertTrue(validate.out().startsWith(out + ": valid: 0 errors, 0 warnings"), validate::toString);
  }

  @Test
  void acledToCasusJsonLinesThatValidate() throws IOException {
    Path out = dir.resolve("armenia.jsonl");
    Result r = convert("acled", "casus-jsonl", excerpt(), out);
    assertEquals(0, r.exit(), r::toString);
    assertEquals(SUMMARY_OK, r.err().strip());
    List<String> lines = Files.readAllLines(out);
    assertEquals("feed", MAPPER.readTree(lines.get(0)).get("type").asText());
    long incidents = 0;
    for (String line : lines) {
      if (MAPPER.readTree(line).get("type").asText().equals("incident")) {
        incidents++;
      }
    }
    assertEquals(20, incidents);
    Result validate = Cli.run("validate", out.toString());
    assertEquals(0, validate.exit(), validate::toString);
    assertTrue(
        validate.out().startsWith(out + ": valid: 0 errors, 0 warnings, 0 infos in " + (lines.size() - 1) + " records"),
        validate::toString);
  }

  @Test
  void acledToAcledUcdpPloverAndGeoJson() throws IOException {
    Path in = excerpt();

    Path acled = dir.resolve("out-acled.csv");
    Result a = convert("acled", "acled", in, acled);
    assertEquals(0, a.exit(), a::toString);
    assertEquals(20, csv(acled).size());

    Path ucdp = dir.resolve("out-ucdp.csv");
    Result u = convert("acled", "ucdp", in, ucdp);
    assertEquals(0, u.exit(), u::toString);
    List<Map<String, String>> ged = csv(ucdp);
    assertEquals(20, ged.size());
    assertTrue(ged.get(0).containsKey("type_of_violence"), ged.get(0)::toString);
    assertEquals("2019-12-31", ged.get(0).get("date_start").substring(0, 10));

    Path plover = dir.resolve("out.plover.jsonl");
    Result p = convert("acled", "plover", in, plover);
    assertEquals(0, p.exit(), p::toString);
    List<String> events = Files.readAllLines(plover);
    assertFalse(events.isEmpty());
    for (String line : events) {
      JsonNode event = MAPPER.readTree(line);
      assertTrue(event.get("id").asText().startsWith("inc-acled-"), line);
      assertFalse(event.get("event_type").asText().isEmpty(), line);
    }
    assertTrue(p.err().contains(SUMMARY_OK), p::toString);
    // the one incident that PLOVER cannot hold is said, not dropped silently
    assertEquals(20, events.size() + unmapped(p.err()), p::toString);

    Path geojson = dir.resolve("out.geojson");
    Result g = convert("acled", "geojson", in, geojson);
    assertEquals(0, g.exit(), g::toString);
    JsonNode map = MAPPER.readTree(geojson.toFile());
    assertEquals("FeatureCollection", map.get("type").asText());
    assertEquals(20, map.get("features").size());
    JsonNode first = map.get("features").get(0);
    assertEquals("Point", first.get("geometry").get("type").asText());
    // RFC 7946: longitude first
    assertEquals(45.5439, first.get("geometry").get("coordinates").get(0).asDouble(), 1e-9);
    assertEquals(40.8308, first.get("geometry").get("coordinates").get(1).asDouble(), 1e-9);
  }

  private static int unmapped(String err) {
    for (String line : err.lines().toList()) {
      if (line.contains("have no PLOVER or CAMEO equivalent")) {
        return Integer.parseInt(line.replaceAll("^casus convert: (\\d+) .*$", "$1"));
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------- round trips

  @Test
  void acledToCasusToAcledReproducesEveryCarriedColumn() {
    Path in = excerpt();
    Path casus = dir.resolve("armenia.casus.json");
    Path back = dir.resolve("back.csv");
    assertEquals(0, convert("acled", "casus", in, casus).exit());
    Result r = convert("casus", "acled", casus, back);
    assertEquals(0, r.exit(), r::toString);
    assertSameColumns(in, back);
  }

  @Test
  void acledToCasusJsonLinesToAcledReproducesEveryCarriedColumn() {
    Path in = excerpt();
    Path casus = dir.resolve("armenia.jsonl");
    Path back = dir.resolve("back.csv");
    assertEquals(0, convert("acled", "casus-jsonl", in, casus).exit());
    Result r = convert("casus", "acled", casus, back);
    assertEquals(0, r.exit(), r::toString);
    assertSameColumns(in, back);
  }

  private static void assertSameColumns(Path original, Path roundTripped) {
    List<Map<String, String>> before = csv(original);
    List<Map<String, String>> after = csv(roundTripped);
    assertEquals(before.size(), after.size());
    List<String> columns = new ArrayList<>(CARRIED);
    columns.addAll(DERIVED_AND_EXTENSIONS);
    for (int i = 0; i < before.size(); i++) {
      for (String column : columns) {
        int row = i + 1;
        assertEquals(
            before.get(i).get(column),
            after.get(i).get(column),
            () -> "row " + row + " " + before.get(row - 1).get("event_id_cnty") + ", " + column);
      }
    }
  }

  // ---------------------------------------------------------------- rejected rows

  @Test
  void aBadRowIsReportedWithItsRowColumnAndReasonAndSkipped() throws IOException {
    Path in = excerpt();
    String text = Files.readString(in, StandardCharsets.UTF_8);
    // ARM3347 is the 5th data row, on line 7 (after the header and the HXL hashtag row)
    String broken = text.replace(",ARM3347,3347,2019-12-30,", ",ARM3347,3347,2019-02-30,");
    assertFalse(broken.equals(text));
    Path bad = Cli.write(dir, "bad-date.csv", broken);
    Path out = dir.resolve("bad-date.casus.json");
    Result r = convert("acled", "casus", bad, out);
    assertEquals(1, r.exit(), r::toString);
    List<String> err = r.err().lines().toList();
    assertEquals(2, err.size(), r::toString);
    assertEquals(
        "casus convert: "
            + bad
            + ": row 5 (line 7) ARM3347, column event_date: not a date: \"2019-02-30\" (expected"
            + " yyyy-MM-dd or d MMMM yyyy)",
        err.get(0));
    assertEquals("casus convert: 20 rows read, 19 converted, 1 rejected", err.get(1));
    JsonNode feed = MAPPER.readTree(out.toFile());
    assertEquals(19, feed.get("incidents").size());
    List<String> ids = new ArrayList<>();
    feed.get("incidents").forEach(i -> ids.add(i.get("id").asText()));
    assertFalse(ids.contains("inc-acled-ARM3347"));
    Result validate = Cli.run("validate", out.toString());
    assertEquals(0, validate.exit(), "the rows converted still make a valid feed\n" + validate);
  }

  @Test
  void aBadCasusRecordIsRejectedAndCounted() {
    Path in = Cli.write(dir, "feed.jsonl", Feeds.invalidJsonLines());
    Path out = dir.resolve("out.csv");
    Result r = convert("casus", "acled", in, out);
    assertEquals(1, r.exit(), r::toString);
    assertTrue(r.err().contains(": line 3, column "), "the bad line is named: " + r);
    assertTrue(r.err().contains("casus convert: 4 rows read, 3 converted, 1 rejected"), r::toString);
  }

  // ---------------------------------------------------------------- usage

  @Test
  void usageAndInputErrorsExitTwo() {
    Path in = excerpt();
    Path out = dir.resolve("out.json");
    Result from = Cli.run("convert", "--from", "gdelt", "--to", "casus", in.toString(), out.toString());
    assertEquals(2, from.exit(), from::toString);
    assertTrue(from.err().contains("expected acled, ucdp or casus, got 'gdelt'"), from::toString);
    Result to = Cli.run("convert", "--from", "acled", "--to", "kml", in.toString(), out.toString());
    assertEquals(2, to.exit(), to::toString);
    Result missing = convert("acled", "casus", dir.resolve("missing.csv"), out);
    assertEquals(2, missing.exit(), missing::toString);
    assertTrue(missing.err().contains("missing.csv: no such file"), missing::toString);
    Result noOutput = Cli.run("convert", "--from", "acled", "--to", "casus", in.toString());
    assertEquals(2, noOutput.exit(), noOutput::toString);
  }

  @Test
  void dashReadsStandardInput() throws IOException {
    byte[] acled = Files.readAllBytes(excerpt());
    Path out = dir.resolve("stdin.casus.json");
    Result r = Cli.runWithStdin(acled, "convert", "--from", "acled", "--to", "casus", "-", out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals(20, MAPPER.readTree(out.toFile()).get("incidents").size());
  }

  /** The data rows of a CSV file by column name, without an HXL hashtag row. */
  private static List<Map<String, String>> csv(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, String> row = record.toMap();
        if (row.values().stream().anyMatch(v -> v.startsWith("#"))) {
          continue;
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
