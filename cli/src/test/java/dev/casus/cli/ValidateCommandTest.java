package dev.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.casus.cli.Cli.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casus validate}: exit codes, the text and JSON reports, options, stdin, JSON Lines. */
class ValidateCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private Path valid() {
    return Cli.write(dir, "valid.json", Feeds.valid());
  }

  private Path invalid() {
    return Cli.write(dir, "invalid.json", Feeds.invalid());
  }

  // ---------------------------------------------------------------- exit codes

  @Test
  void aValidFeedExitsZeroWithItsSummary() {
    Path file = valid();
    Result r = Cli.run("validate", file.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals(List.of(file + ": valid: 0 errors, 0 warnings, 0 infos in 2 records"), r.outLines());
    assertEquals("", r.err());
  }

  @Test
  void anInvalidFeedExitsOne() {
    Result r = Cli.run("validate", invalid().toString());
    assertEquals(1, r.exit(), r::toString);
    assertEquals("", r.err());
  }

  @Test
  void aFeedWithOnlyWarningsIsValid() {
    Path file =
        Cli.write(
            dir,
            "warnings.json",
            Feeds.valid().replace("\"2020-10-04\"", "\"2020-10-06\""));
    Result r = Cli.run("validate", file.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().contains(" warning dated_after_feed /incidents/0/time "), r::toString);
  }

  @Test
  void aMissingFileExitsTwo() {
    Path missing = dir.resolve("missing.json");
    Result r = Cli.run("validate", missing.toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains(missing + ": no such file"), r::toString);
    assertEquals("", r.out());
  }

  @Test
  void aDirectoryExitsTwo() {
    Result r = Cli.run("validate", dir.toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("cannot read"), r::toString);
  }

  @Test
  void usageErrorsExitTwo() {
    String file = valid().toString();
    String[][] usages = {
      {"validate", "--no-such-option", file},
      {"validate", "--format", "xml", file},
      {"validate", "--disable", "no_such_code", file},
      {"validate", "--max-findings", "0", file},
      {"validate", "--max-findings", "many", file},
      {"validate", "--strict", "--lenient", file},
      {"validate"},
      {"no-such-command"},
    };
    for (String[] args : usages) {
      Result r = Cli.run(args);
      assertEquals(2, r.exit(), () -> String.join(" ", args) + "\n" + r);
      assertFalse(r.err().isBlank(), () -> "a usage error explains itself: " + String.join(" ", args));
      assertFalse(r.err().contains("\tat "), r::toString);
    }
    Result format = Cli.run("validate", "--format", "xml", file);
    assertTrue(format.err().contains("expected text or json, got 'xml'"), format::toString);
    Result code = Cli.run("validate", "--disable", "no_such_code", file);
    assertTrue(code.err().contains("unknown finding code 'no_such_code'"), code::toString);
  }

  @Test
  void helpAndVersionExitZero() {
    Result help = Cli.run("validate", "--help");
    assertEquals(0, help.exit(), help::toString);
    assertTrue(help.out().contains("--max-findings"), help::toString);
    Result version = Cli.run("--version");
    assertEquals(0, version.exit(), version::toString);
    assertTrue(version.out().startsWith("casus "), version::toString);
  }

  // ---------------------------------------------------------------- text report

  @Test
  void theTextReportHasOneLinePerFindingThenTheSummary() {
    Path file = invalid();
    Result r = Cli.run("validate", file.toString());
    List<String> lines = r.outLines();
    assertEquals(4, lines.size(), r::toString);
    String actorLine = Feeds.invalid().lines().toList().get(4);
    int column = actorLine.indexOf("\"country\"") + 1;
    assertTrue(
        lines
            .get(0)
            .startsWith(
                file
                    + ":5:"
                    + column
                    + " error unknown_enum_value /actors/1/kind \"country\" is not an actor kind;"
                    + " expected one of "),
        lines.get(0));
    // the model check's finding is placed where the reference's value starts
    String incidentLine = Feeds.invalid().lines().toList().get(7);
    int reference = incidentLine.indexOf("\"act-nk\"") + 1;
    assertEquals(
        file
            + ":8:"
            + reference
            + " error unresolved_reference /incidents/0/participants/1/actor no actor with id"
            + " \"act-nk\" in the feed; add the actor, correct the id, or declare the feed"
            + " \"partial\": true if it is published elsewhere",
        lines.get(1));
    assertTrue(
        lines.get(2).startsWith(file + ":9:1 warning incident_without_location /incidents/1 "),
        lines.get(2));
    assertEquals(file + ": invalid: 2 errors, 1 warning, 0 infos in 4 records", lines.get(3));
    for (String line : lines.subList(0, 3)) {
      Matcher m = Cli.FINDING.matcher(line);
      assertTrue(m.matches(), line);
      assertEquals(file.toString(), m.group("file"));
    }
    assertTrue(Cli.SUMMARY.matcher(lines.get(3)).matches(), lines.get(3));
  }

  @Test
  void severalFilesGetOneSummaryEachAndATotal() {
    Path good = valid();
    Path bad = invalid();
    Result r = Cli.run("validate", good.toString(), bad.toString());
    assertEquals(1, r.exit(), r::toString);
    List<String> lines = r.outLines();
    assertEquals(good + ": valid: 0 errors, 0 warnings, 0 infos in 2 records", lines.get(0));
    assertEquals(bad + ": invalid: 2 errors, 1 warning, 0 infos in 4 records", lines.get(4));
    assertEquals("total: 2 inputs, 1 invalid, 2 errors, 1 warnings", lines.get(5));
  }

  // ---------------------------------------------------------------- JSON report

  @Test
  void theJsonReportParsesAndHoldsValidityCountsPartialAndFindings() throws Exception {
    Path file = invalid();
    Result r = Cli.run("validate", "--format", "json", file.toString());
    assertEquals(1, r.exit(), r::toString);
    JsonNode report = MAPPER.readTree(r.out());
    assertFalse(report.get("valid").asBoolean());
    JsonNode input = report.get("inputs").get(0);
    assertEquals(file.toString(), input.get("input").asText());
    assertFalse(input.get("valid").asBoolean());
    assertFalse(input.get("partial").asBoolean());
    assertEquals(4, input.get("recordsRead").asInt());
    assertEquals(2, input.get("counts").get("error").asInt());
    assertEquals(1, input.get("counts").get("warning").asInt());
    assertEquals(0, input.get("counts").get("info").asInt());
    JsonNode findings = input.get("findings");
    assertEquals(3, findings.size());
    JsonNode first = findings.get(0);
    assertEquals("error", first.get("severity").asText());
    assertEquals("unknown_enum_value", first.get("code").asText());
    assertEquals("/actors/1/kind", first.get("pointer").asText());
    assertEquals(5, first.get("line").asInt());
    assertTrue(first.get("column").asInt() > 1);
    assertTrue(first.get("message").asText().contains("expected one of"));
    assertEquals("unresolved_reference", findings.get(1).get("code").asText());
    assertEquals(8, findings.get(1).get("line").asInt(), "a model finding is placed too");
    assertTrue(findings.get(1).get("column").asInt() > 1);
    assertEquals("warning", findings.get(2).get("severity").asText());
  }

  @Test
  void theJsonReportOfAValidFeed() throws Exception {
    Result r = Cli.run("validate", "--format", "json", valid().toString());
    assertEquals(0, r.exit(), r::toString);
    JsonNode report = MAPPER.readTree(r.out());
    assertTrue(report.get("valid").asBoolean());
    assertEquals(0, report.get("inputs").get(0).get("findings").size());
  }

  // ---------------------------------------------------------------- options

  @Test
  void maxFindingsMakesTheReportPartial() throws Exception {
    Path file = invalid();
    Result text = Cli.run("validate", "--max-findings", "2", file.toString());
    assertEquals(1, text.exit(), text::toString);
    List<String> lines = text.outLines();
    assertEquals(3, lines.size(), text::toString);
    assertEquals(
        file
            + ": invalid: 2 errors, 1 warning, 0 infos in 4 records; partial: only the first 2"
            + " findings are listed, 1 more was found (raise the finding limit to list them)",
        lines.get(2));

    Result json = Cli.run("validate", "--format", "json", "--max-findings", "2", file.toString());
    JsonNode input = MAPPER.readTree(json.out()).get("inputs").get(0);
    assertTrue(input.get("partial").asBoolean());
    assertEquals(2, input.get("findings").size());
    assertEquals(1, input.get("counts").get("warning").asInt(), "counts stay exact");
  }

  @Test
  void disableDropsACode() {
    Path file = invalid();
    Result r = Cli.run("validate", "--disable", "unresolved_reference", file.toString());
    assertEquals(1, r.exit(), "the unknown actor kind is still an error\n" + r);
    assertFalse(r.out().contains("unresolved_reference"), r::toString);
    assertTrue(r.out().contains(file + ": invalid: 1 error, 1 warning"), r::toString);

    Result two =
        Cli.run(
            "validate",
            "--disable",
            "unresolved_reference",
            "--disable",
            "incident_without_location",
            file.toString());
    assertTrue(two.out().contains(file + ": invalid: 1 error, 0 warnings"), two::toString);
  }

  @Test
  void disablingEveryErrorCodeOfAFeedMakesItPass() {
    Result r =
        Cli.run(
            "validate",
            "--disable",
            "unresolved_reference",
            "--disable",
            "unknown_enum_value",
            invalid().toString());
    assertEquals(0, r.exit(), r::toString);
  }

  @Test
  void lenientMakesUnknownMembersWarnings() {
    Path file =
        Cli.write(dir, "unknown.json", Feeds.valid().replace("\"kind\": \"state\"", "\"kind\": \"state\", \"flag\": \"red\""));
    Result strict = Cli.run("validate", file.toString());
    assertEquals(1, strict.exit(), strict::toString);
    assertTrue(strict.out().contains(" error unknown_member /actors/0/flag "), strict::toString);
    Result lenient = Cli.run("validate", "--lenient", file.toString());
    assertEquals(0, lenient.exit(), lenient::toString);
    assertTrue(lenient.out().contains(" warning unknown_member /actors/0/flag "), lenient::toString);
  }

  // ---------------------------------------------------------------- inputs

  @Test
  void dashReadsStandardInput() {
    Result valid = Cli.runWithStdin(Feeds.valid().getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertEquals(0, valid.exit(), valid::toString);
    assertEquals(List.of("-: valid: 0 errors, 0 warnings, 0 infos in 2 records"), valid.outLines());

    Result invalid =
        Cli.runWithStdin(Feeds.invalid().getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertEquals(1, invalid.exit(), invalid::toString);
    assertTrue(invalid.outLines().get(0).startsWith("-:5:"), invalid::toString);
  }

  @Test
  void dashWithJsonlReadsJsonLinesFromStandardInput() {
    Result r =
        Cli.runWithStdin(
            Feeds.invalidJsonLines().getBytes(StandardCharsets.UTF_8), "validate", "--jsonl", "-");
    assertEquals(1, r.exit(), r::toString);
    assertEquals(List.of("3", "4", "5"), lineNumbers(r));
  }

  @Test
  void jsonLinesAreRecognisedByExtension() {
    for (String name : new String[] {"feed.jsonl", "feed.ndjson", "FEED.JSONL"}) {
      Path file = Cli.write(dir, name, Feeds.invalidJsonLines());
      Result r = Cli.run("validate", file.toString());
      assertEquals(1, r.exit(), r::toString);
      List<String> lines = r.outLines();
      assertTrue(lines.get(0).startsWith(file + ":3:"), r::toString);
      assertTrue(lines.get(0).contains(" error unknown_enum_value /kind "), r::toString);
      assertEquals(
          file
              + ":4 error unresolved_reference /participants/1/actor no actor with id \"act-nk\" in"
              + " the feed; add the actor, correct the id, or declare the feed \"partial\": true if"
              + " it is published elsewhere",
          lines.get(1));
      assertTrue(lines.get(2).startsWith(file + ":5 warning incident_without_location (root) "), r::toString);
      assertEquals(file + ": invalid: 2 errors, 1 warning, 0 infos in 4 records", lines.get(3));
    }
  }

  @Test
  void jsonLinesUnderAnotherNameNeedTheFlag() {
    Path file = Cli.write(dir, "feed.txt", Feeds.validJsonLines());
    Result asDocument = Cli.run("validate", file.toString());
    assertEquals(1, asDocument.exit(), "read as a document, the second line is trailing content");
    assertTrue(asDocument.out().contains(" error syntax "), asDocument::toString);
    Result asLines = Cli.run("validate", "--jsonl", file.toString());
    assertEquals(0, asLines.exit(), asLines::toString);
  }

  @Test
  void aDocumentNamedJsonIsNotReadAsJsonLines() {
    Path file = Cli.write(dir, "feed.json", Feeds.valid());
    assertEquals(0, Cli.run("validate", file.toString()).exit());
  }

  @Test
  void aLargeFileGetsAReadingNoticeOnATerminalOnly() {
    long large = ValidateCommand.LARGE_FILE + 1;
    assertEquals(
        Optional.of("casus validate: reading big.json (50 MiB)..."),
        ValidateCommand.readingNotice(true, "big.json", large));
    assertEquals(
        Optional.of("casus validate: reading big.jsonl (300 MiB)..."),
        ValidateCommand.readingNotice(true, "big.jsonl", 300L * 1024 * 1024));
    // a program reading the output, or a small file: no notice
    assertEquals(Optional.empty(), ValidateCommand.readingNotice(false, "big.json", large));
    assertEquals(
        Optional.empty(),
        ValidateCommand.readingNotice(true, "small.json", ValidateCommand.LARGE_FILE));
  }

  private static List<String> lineNumbers(Result r) {
    return r.findings().stream().map(m -> m.group("line")).collect(Collectors.toList());
  }
}
