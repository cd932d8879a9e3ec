package dev.casus.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static Finding finding(FindingCode code, String pointer) {
    return Finding.of(code, pointer, "problem at " + pointer);
  }

  private static List<String> pointers(ValidationReport report) {
    return report.findings().stream().map(Finding::pointer).collect(Collectors.toList());
  }

  @Test
  void anEmptyReportIsValid() {
    ValidationReport report = ValidationReport.collector(ValidationProfile.strict()).build();
    assertTrue(report.isValid());
    assertFalse(report.isPartial());
    assertEquals(
        Map.of(Severity.ERROR, 0L, Severity.WARNING, 0L, Severity.INFO, 0L), report.counts());
    assertEquals("valid: 0 errors, 0 warnings, 0 infos in 0 records", report.summary());
  }

  @Test
  void warningsAloneLeaveTheFeedValid() {
    ValidationReport.Collector c = ValidationReport.collector(ValidationProfile.strict());
    c.add(finding(FindingCode.DATED_AFTER_FEED, "/incidents/0/time"), 3, 1);
    c.countRecord();
    ValidationReport report = c.build();
    assertTrue(report.isValid());
    assertEquals(1, report.count(Severity.WARNING));
    assertEquals("valid: 0 errors, 1 warning, 0 infos in 1 record", report.summary());
  }

  @Test
  void findingsAreListedByRecordThenSequenceThenArrival() {
    ValidationReport.Collector c = ValidationReport.collector(ValidationProfile.strict());
    c.add(finding(FindingCode.UNRESOLVED_REFERENCE, "/b/1"), 2, 1);
    c.add(finding(FindingCode.UNRESOLVED_REFERENCE, "/a/5"), 1, 5);
    c.add(finding(FindingCode.UNRESOLVED_REFERENCE, "/b/0"), 2, 0);
    c.add(finding(FindingCode.UNRESOLVED_REFERENCE, "/a/5-again"), 1, 5);
    c.add(finding(FindingCode.SYNTAX, ""));
    assertEquals(List.of("", "/a/5", "/a/5-again", "/b/0", "/b/1"), pointers(c.build()));
  }

  @Test
  void theLimitKeepsTheEarliestFindingsInDocumentOrderEvenWhenTheyArriveLate() {
    ValidationReport.Collector c =
        ValidationReport.collector(ValidationProfile.strict().limitedTo(2));
    c.add(finding(FindingCode.DATED_AFTER_FEED, "/r5"), 5, 0);
    c.add(finding(FindingCode.DATED_AFTER_FEED, "/r6"), 6, 0);
    assertFalse(c.isPartial());
    c.add(finding(FindingCode.UNRESOLVED_REFERENCE, "/r7"), 7, 0);
    c.add(finding(FindingCode.UNRESOLVED_REFERENCE, "/r1"), 1, 0);
    assertTrue(c.isPartial());
    ValidationReport report = c.build();
    assertEquals(List.of("/r1", "/r5"), pointers(report));
    assertEquals(Map.of(Severity.ERROR, 1L, Severity.WARNING, 1L), report.omitted());
    assertEquals(2, report.count(Severity.ERROR));
    assertEquals(2, report.count(Severity.WARNING));
    assertFalse(report.isValid(), "an omitted error still makes the feed invalid");
  }

  @Test
  void aPartialReportWithOnlyWarningsListedIsInvalidIfAnErrorWasOmitted() {
    ValidationReport.Collector c =
        ValidationReport.collector(ValidationProfile.strict().limitedTo(1));
    c.add(finding(FindingCode.DATED_AFTER_FEED, "/r1"), 1, 0);
    c.add(finding(FindingCode.TERRITORY_CYCLE, "/r2"), 2, 0);
    ValidationReport report = c.build();
    assertEquals(
        List.of(Severity.WARNING), report.findings().stream().map(Finding::severity).toList());
    assertFalse(report.isValid());
    assertTrue(
        report.summary().startsWith("invalid: 1 error, 1 warning, 0 infos"), report.summary());
  }

  @Test
  void toStringListsTheSummaryThenEachFinding() {
    ValidationReport.Collector c = ValidationReport.collector(ValidationProfile.strict());
    c.add(finding(FindingCode.TERRITORY_CYCLE, "/territories/0/parent"), 0, 1);
    assertEquals(
        "invalid: 1 error, 0 warnings, 0 infos in 0 records\n"
            + "ERROR territory_cycle /territories/0/parent problem at /territories/0/parent",
        c.build().toString());
  }

  @Test
  void omittedCountsMustBePositive() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ValidationReport.builder().putOmitted(Severity.ERROR, 0L).build());
    assertEquals("ValidationReport.omitted must hold positive counts, got ERROR=0", e.getMessage());
  }

  @Test
  void recordsReadMustNotBeNegative() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ValidationReport.builder().recordsRead(-1).build());
    assertEquals("ValidationReport.recordsRead must be >= 0, got -1", e.getMessage());
  }
}
