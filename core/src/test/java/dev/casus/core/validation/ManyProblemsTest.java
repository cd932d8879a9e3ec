package dev.casus.core.validation;

import static dev.casus.core.validation.Fixtures.codesAndPointers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.feed.Feed;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation reports everything it finds, never only the first problem, in document order. */
class ManyProblemsTest {

  @Test
  void everyProblemIsReportedInDocumentOrder() {
    ValidationReport report = ModelValidator.validate(ManyProblemsFeed.feed());
    assertEquals(ManyProblemsFeed.EXPECTED, codesAndPointers(report));
    assertEquals(
        Map.of(
            Severity.ERROR,
            (long) ManyProblemsFeed.EXPECTED.size() - ManyProblemsFeed.WARNINGS,
            Severity.WARNING,
            (long) ManyProblemsFeed.WARNINGS,
            Severity.INFO,
            0L),
        report.counts());
    assertFalse(report.isValid());
    assertFalse(report.isPartial());
    assertEquals(13, report.recordsRead());
    report.findings().forEach(f -> assertEquals(f.code().defaultSeverity(), f.severity()));
  }

  @Test
  void theFindingLimitListsTheFirstFindingsAndSaysTheReportIsPartial() {
    Feed feed = ManyProblemsFeed.feed();
    ValidationReport report =
        ModelValidator.validate(feed, ValidationProfile.strict().limitedTo(5));
    assertEquals(ManyProblemsFeed.EXPECTED.subList(0, 5), codesAndPointers(report));
    assertTrue(report.isPartial());
    assertEquals(17, report.omittedCount());
    assertEquals(ManyProblemsFeed.WARNINGS, report.count(Severity.WARNING), "omitted are counted");
    assertEquals(15, report.count(Severity.ERROR));
    assertFalse(report.isValid());
    assertTrue(
        report
            .summary()
            .endsWith(
                "partial: only the first 5 findings are listed, 17 more were found (raise the"
                    + " finding limit to list them)"),
        report.summary());
    assertTrue(report.toString().startsWith(report.summary() + "\n"));
  }

  @Test
  void aLimitAsLargeAsTheFindingsIsNotPartial() {
    ValidationReport report =
        ModelValidator.validate(
            ManyProblemsFeed.feed(),
            ValidationProfile.strict().limitedTo(ManyProblemsFeed.EXPECTED.size()));
    assertFalse(report.isPartial());
    assertEquals(ManyProblemsFeed.EXPECTED, codesAndPointers(report));
  }
}
