package dev.casus.examples.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import dev.casus.core.validation.ValidationReport;
import dev.casus.examples.Captured;
import dev.casus.examples.seed.KarabakhFeed;
import dev.casus.examples.seed.SeedExample;
import dev.casus.examples.validate.ValidateIncomingFeed.Decision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ValidateIncomingFeed lists every finding and rejects on errors, accepts with warnings. */
class ValidateIncomingFeedTest {

  @Test
  void theBrokenFeedIsRejectedWithEveryFindingListedInDocumentOrder() throws Exception {
    String out = Captured.run(() -> ValidateIncomingFeed.main(new String[0])).out();
    String broken = section(out, "== incoming-broken.casus.json");

    assertEquals(
        List.of(
            "== incoming-broken.casus.json",
            "invalid: 7 errors, 0 warnings, 0 infos in 10 records",
            "  23:7: ERROR unknown_member /actors/1/confidence",
            "  26:13: ERROR duplicate_id /actors/2/id",
            "  46:21: ERROR broken_invariant /territories/1/point/latitude",
            "  75:23: ERROR unknown_enum_value /incidents/1/incidentType",
            "  76:15: ERROR malformed_edtf /incidents/1/time",
            "  96:20: ERROR broken_invariant /casualtyReports/0/figures/0/count",
            "  107:19: ERROR unresolved_reference /casualtyReports/1/incident",
            "REJECT: 7 error(s); the feed is not loaded. Send the findings back to its producer."),
        heads(broken));
    assertTrue(broken.contains("GeoPoint.latitude must be a finite number in [-90, 90], got 91.0"));
    assertTrue(broken.contains("Estimate.low must be <= Estimate.high, got low=40 high=32"));
    assertTrue(broken.contains("invalid EDTF \"2020-10-32\""));
    assertTrue(broken.contains("\"shelling\" is not an incident type"));
  }

  @Test
  void theFeedWithOnlyWarningsIsLoadedAndItsWarningsAreShown() throws Exception {
    String out = Captured.run(() -> ValidateIncomingFeed.main(new String[0])).out();
    String warnings = section(out, "== incoming-warnings.casus.json");

    assertEquals(
        List.of(
            "== incoming-warnings.casus.json",
            "valid: 0 errors, 2 warnings, 0 infos in 7 records",
            "  58:5: WARNING incident_without_location /incidents/1",
            "  72:15: WARNING dated_before_incident /casualtyReports/0/asOf",
            "ACCEPT with 2 warning(s): loaded 7 entities (2 incidents); the warnings go to review."),
        heads(warnings));
  }

  @Test
  void aFileWithoutFindingsIsAccepted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seed.casus.json");
    Files.writeString(file, SeedExample.goldenDocument(KarabakhFeed.build()));

    String out = Captured.run(() -> ValidateIncomingFeed.main(new String[] {file.toString()})).out();

    assertEquals(
        "== " + file + "\nvalid: 0 errors, 0 warnings, 0 infos in 83 records\n"
            + "ACCEPT: loaded 83 entities.\n\n",
        out);
  }

  @Test
  void thePolicyRejectsOnAnyErrorAndAcceptsWarnings() {
    Finding error = Finding.of(FindingCode.DUPLICATE_ID, "/actors/2", "duplicate");
    Finding warning = Finding.of(FindingCode.DATED_AFTER_FEED, "/incidents/0", "late");

    assertEquals(Decision.ACCEPT, ValidateIncomingFeed.decide(report()));
    assertEquals(Decision.ACCEPT_WITH_WARNINGS, ValidateIncomingFeed.decide(report(warning)));
    assertEquals(Decision.REJECT, ValidateIncomingFeed.decide(report(error)));
    assertEquals(Decision.REJECT, ValidateIncomingFeed.decide(report(warning, error)));
  }

  private static ValidationReport report(Finding... findings) {
    return ValidationReport.builder().addFindings(findings).build();
  }

  /** The lines of one document's section, up to the blank line that ends it. */
  private static String section(String out, String header) {
    int start = out.indexOf(header + "\n");
    assertTrue(start >= 0, out);
    int end = out.indexOf("\n\n", start);
    return out.substring(start, end + 1);
  }

  /** Each line cut after its JSON Pointer, so that the messages need not be repeated here. */
  private static List<String> heads(String section) {
    return Arrays.stream(section.split("\n"))
        .map(
            line -> {
              int pointer = line.indexOf(" /");
              int end = pointer < 0 ? -1 : line.indexOf(' ', pointer + 2);
              return line.startsWith("  ") && end > 0 ? line.substring(0, end) : line;
            })
        .toList();
  }
}
