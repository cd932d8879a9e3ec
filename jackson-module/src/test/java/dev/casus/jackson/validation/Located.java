package dev.casus.jackson.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import dev.casus.core.validation.Severity;
import dev.casus.core.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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

  /**
   * Asserts code, severity and pointer of a model finding in a document, and that it is placed
   * where the value at its pointer starts (see {@link #placeOf}).
   */
  static void assertModelFinding(
      String document, Finding f, FindingCode code, Severity severity, String pointer) {
    assertEquals(code, f.code(), f::toString);
    assertEquals(severity, f.severity(), f::toString);
    assertEquals(pointer, f.pointer(), f::toString);
    assertPlaced(document, f);
  }

  /** Asserts that a finding is placed where the value at its pointer starts in the document. */
  static void assertPlaced(String document, Finding f) {
    long[] expected = placeOf(document, f.pointer());
    assertEquals(expected[0], f.line().orElse(-1), () -> "line of " + f);
    assertEquals(expected[1], f.column().orElse(-1), () -> "column of " + f);
  }

  /**
   * Where the value at a pointer starts in a document, found independently of the library: a
   * Jackson parser over the text, asking its own context for the pointer of every token; the
   * column in code points. A pointer to a value the document lacks is placed at its deepest
   * ancestor that the document holds.
   */
  static long[] placeOf(String document, String pointer) {
    String target = pointer;
    while (true) {
      long[] at = exactPlaceOf(document, target);
      if (at != null) {
        return at;
      }
      if (target.isEmpty()) {
        throw new IllegalArgumentException("no value at " + pointer);
      }
      target = target.substring(0, target.lastIndexOf('/'));
    }
  }

  private static long @Nullable [] exactPlaceOf(String document, String pointer) {
    try (JsonParser p = new JsonFactory().createParser(document)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        if (p.getParsingContext().pathAsPointer().toString().equals(pointer)) {
          JsonLocation at = p.currentTokenLocation();
          int offset = (int) at.getCharOffset();
          int lineStart = offset - (at.getColumnNr() - 1);
          return new long[] {at.getLineNr(), document.codePointCount(lineStart, offset) + 1};
        }
        // the value of an array or object at the pointer is its START token, not a later one
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
