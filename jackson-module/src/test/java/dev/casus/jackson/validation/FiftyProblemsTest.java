package dev.casus.jackson.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import dev.casus.core.validation.Severity;
import dev.casus.core.validation.ValidationProfile;
import dev.casus.core.validation.ValidationReport;
import dev.casus.jackson.FeedValidator;
import dev.casus.jackson.validation.FiftyProblems.Expected;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Collect-all: a feed with 50 different problems in 22 broken records yields 50 findings, in
 * document order, as a document and as JSON Lines alike; the finding limit and disabled codes.
 */
class FiftyProblemsTest {

  private static final FeedValidator STRICT = FeedValidator.create(ValidationProfile.strict());
  private static final FeedText FEED = FiftyProblems.feed();
  private static final List<Expected> EXPECTED = FiftyProblems.expected();
  private static final int ENTITIES = 29;

  @Test
  void theExpectationIsFiftyProblemsOfManyKindsInManyRecords() {
    assertEquals(50, EXPECTED.size());
    Set<String> records =
        EXPECTED.stream()
            .filter(e -> !e.array().isEmpty())
            .map(e -> e.array() + "/" + e.index())
            .collect(Collectors.toSet());
    assertEquals(22, records.size(), "broken records");
    Set<FindingCode> codes = EnumSet.noneOf(FindingCode.class);
    EXPECTED.forEach(e -> codes.add(e.code()));
    assertEquals(22, codes.size(), "different codes");
  }

  @Test
  void aDocumentYieldsAllFiftyFindingsInDocumentOrder() {
    ValidationReport report = STRICT.validateDocument(FEED.document());
    List<Finding> findings = report.findings();
    assertEquals(
        EXPECTED.stream().map(e -> e.code().wireName() + " " + e.documentPointer()).toList(),
        Located.codesAndPointers(report),
        report::toString);
    for (int i = 0; i < EXPECTED.size(); i++) {
      Expected e = EXPECTED.get(i);
      Finding f = findings.get(i);
      assertEquals(e.severity(), f.severity(), f::toString);
      if (e.reading()) {
        long line = e.array().isEmpty() ? 2 : FEED.documentLine(e.array(), e.index());
        assertEquals(line, f.line().orElse(-1), () -> "line of " + f);
        assertTrue(f.column().isPresent(), f::toString);
      } else {
        // the model checks know only a pointer: the validator places it in the document
        assertEquals(FEED.documentLine(e.array(), e.index()), f.line().orElse(-1), f::toString);
        Located.assertPlaced(FEED.document(), f);
      }
    }
    assertCounts(report);
    assertEquals(ENTITIES, report.recordsRead(), "broken records are counted as read too");
    assertFalse(report.isPartial());
    assertFalse(report.isValid());
  }

  @Test
  void jsonLinesYieldTheSameFindingsRelativeToTheirRecordsWithLineNumbers() {
    ValidationReport report =
        STRICT.validateJsonLines(new ByteArrayInputStream(FeedText.utf8(FEED.jsonLines())));
    List<Finding> findings = report.findings();
    assertEquals(
        EXPECTED.stream().map(e -> e.code().wireName() + " " + e.recordPointer()).toList(),
        Located.codesAndPointers(report),
        report::toString);
    for (int i = 0; i < EXPECTED.size(); i++) {
      Expected e = EXPECTED.get(i);
      Finding f = findings.get(i);
      assertEquals(e.severity(), f.severity(), f::toString);
      long line = e.array().isEmpty() ? 1 : FEED.jsonLinesLine(e.array(), e.index());
      assertEquals(line, f.line().orElse(-1), () -> "line of " + f);
      assertEquals(e.reading(), f.column().isPresent(), () -> "column of " + f);
    }
    assertCounts(report);
    assertEquals(ENTITIES, report.recordsRead());
  }

  @Test
  void theFindingLimitKeepsTheFirstFindingsAndSaysTheReportIsPartial() {
    FeedValidator limited = FeedValidator.create(ValidationProfile.strict().limitedTo(5));
    for (ValidationReport report :
        List.of(
            limited.validateDocument(FEED.document()),
            limited.validateJsonLines(new ByteArrayInputStream(FeedText.utf8(FEED.jsonLines()))))) {
      assertEquals(5, report.findings().size(), report::toString);
      assertEquals(
          EXPECTED.subList(0, 5).stream().map(e -> e.code().wireName()).toList(),
          report.findings().stream().map(f -> f.code().wireName()).toList());
      assertTrue(report.isPartial());
      assertEquals(45, report.omittedCount());
      assertCounts(report); // counts stay exact
      assertFalse(report.isValid());
      assertTrue(
          report
              .summary()
              .endsWith(
                  "; partial: only the first 5 findings are listed, 45 more were found (raise the"
                      + " finding limit to list them)"),
          report.summary());
    }
  }

  @Test
  void disabledCodesAreNeitherListedNorCounted() {
    FeedValidator validator =
        FeedValidator.create(
            ValidationProfile.strict()
                .disable(FindingCode.UNRESOLVED_REFERENCE, FindingCode.DATED_AFTER_FEED));
    ValidationReport report = validator.validateDocument(FEED.document());
    List<String> expected =
        EXPECTED.stream()
            .filter(
                e ->
                    e.code() != FindingCode.UNRESOLVED_REFERENCE
                        && e.code() != FindingCode.DATED_AFTER_FEED)
            .map(e -> e.code().wireName() + " " + e.documentPointer())
            .toList();
    // 14 unresolved references, 2 dates after the feed's creation
    assertEquals(50 - 14 - 2, expected.size());
    assertEquals(expected, Located.codesAndPointers(report));
    assertEquals(expected.size(), report.counts().values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void lenientMakesUnknownMembersWarnings() {
    ValidationReport report =
        FeedValidator.create(ValidationProfile.lenient()).validateDocument(FEED.document());
    assertEquals(Located.codesAndPointers(STRICT.validateDocument(FEED.document())), Located.codesAndPointers(report));
    report.findings().stream()
        .filter(f -> f.code() == FindingCode.UNKNOWN_MEMBER)
        .forEach(f -> assertEquals(Severity.WARNING, f.severity(), f::toString));
  }

  private static void assertCounts(ValidationReport report) {
    long errors = EXPECTED.stream().filter(e -> e.severity() == Severity.ERROR).count();
    long warnings = EXPECTED.stream().filter(e -> e.severity() == Severity.WARNING).count();
    assertEquals(44, errors);
    assertEquals(6, warnings);
    assertEquals(errors, report.count(Severity.ERROR), report::summary);
    assertEquals(warnings, report.count(Severity.WARNING), report::summary);
    assertEquals(0, report.count(Severity.INFO));
  }
}
