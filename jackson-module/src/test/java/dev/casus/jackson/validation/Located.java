package dev.casus.jackson.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import dev.casus.core.validation.Severity;
import dev.casus.core.validation.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;

/** Assertions on findings and their places. */
final class Located {

  private Located() {}

  /**
   * The 1-based line and column of the {@code n}-th (1-based) occurrence of {@code token}
   * (single-quote JSON) in an ASCII document: where a finding about it must point.
   */
  static long[] at(String document, String token, int n) {
    String t = FeedText.q(token);
    int i = -1;
    for (int k = 0; k < n; k++) {
      i = document.indexOf(t, i + 1);
      if (i < 0) {
        throw new IllegalArgumentException(token + " #" + n + " is not in the document");
      }
    }
    long line = 1;
    int lineStart = 0;
    for (int j = 0; j < i; j++) {
      if (document.charAt(j) == '\n') {
        line++;
        lineStart = j + 1;
      }
    }
    return new long[] {line, i - lineStart + 1};
  }

  /** {@link #at(String, String, int)} of the first occurrence. */
  static long[] at(String document, String token) {
    return at(document, token, 1);
  }

  /** The one finding of a report, which must have {@code code}. */
  static Finding only(ValidationReport report, FindingCode code) {
    assertEquals(1, report.findings().size(), () -> "one finding expected:\n" + report);
    Finding f = report.findings().get(0);
    assertEquals(code, f.code(), () -> report.toString());
    return f;
  }

  /** Asserts code, severity, pointer, line and column of a reading finding. */
  static void assertFinding(
      Finding f, FindingCode code, Severity severity, String pointer, long[] lineColumn) {
    assertEquals(code, f.code(), f::toString);
    assertEquals(severity, f.severity(), f::toString);
    assertEquals(pointer, f.pointer(), f::toString);
    assertEquals(lineColumn[0], f.line().orElse(-1), () -> "line of " + f);
    assertEquals(lineColumn[1], f.column().orElse(-1), () -> "column of " + f);
    assertTrue(!f.message().isBlank(), f::toString);
  }

  /** Asserts code, severity and pointer of a model finding in a document (no line or column). */
  static void assertModelFinding(Finding f, FindingCode code, Severity severity, String pointer) {
    assertEquals(code, f.code(), f::toString);
    assertEquals(severity, f.severity(), f::toString);
    assertEquals(pointer, f.pointer(), f::toString);
    assertTrue(f.line().isEmpty(), () -> "a model finding in a document has no line: " + f);
    assertTrue(f.column().isEmpty(), () -> "a model finding has no column: " + f);
  }

  /** Asserts that a message contains every fragment. */
  static void assertMessage(Finding f, String... fragments) {
    for (String fragment : fragments) {
      assertTrue(f.message().contains(fragment), () -> "\"" + fragment + "\" in: " + f.message());
    }
  }

  /** One line per finding, {@code code pointer}, for comparing lists. */
  static List<String> codesAndPointers(ValidationReport report) {
    return report.findings().stream()
        .map(f -> f.code().wireName() + " " + f.pointer())
        .collect(Collectors.toList());
  }
}
