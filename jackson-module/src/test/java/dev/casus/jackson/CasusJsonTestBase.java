package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.feed.Feed;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared helpers: a strict reader, documents built around one bad member, finding assertions. */
abstract class CasusJsonTestBase {

  /** The strict default configuration. */
  protected final CasusJson json = CasusJson.strict();

  /** Single quotes to double quotes, so that test JSON stays readable. */
  protected static String q(String s) {
    return s.replace('\'', '"');
  }

  /**
   * A feed document, one member per line, whose line 5 is {@code "ARRAY": [{MEMBERS}]}.
   *
   * @param array the entity array, e.g. {@code "incidents"}
   * @param members the members of its one element, in single-quote JSON
   */
  protected static String feedWith(String array, String members) {
    return q(
        "{\n"
            + "'schemaVersion': '1.0',\n"
            + "'producer': 'test',\n"
            + "'createdAt': '2020-10-05T00:00:00Z',\n"
            + "'"
            + array
            + "': [{"
            + members
            + "}]\n"
            + "}");
  }

  /** {@link #feedWith} for one incident. */
  protected static String feedWithIncident(String incidentMembers) {
    return feedWith("incidents", incidentMembers);
  }

  /**
   * The 1-based column of the first occurrence of {@code token} (single-quote JSON) on a line of
   * an ASCII document, to assert that a finding points exactly at it.
   */
  protected static int col(String document, int line, String token) {
    String text = document.split("\n", -1)[line - 1];
    int i = text.indexOf(q(token));
    if (i < 0) {
      throw new IllegalArgumentException(token + " is not on line " + line + ": " + text);
    }
    return i + 1;
  }

  /** The 1-based column of the {@code n}-th (1-based) occurrence of {@code token} on a line. */
  protected static int col(String document, int line, String token, int n) {
    String text = document.split("\n", -1)[line - 1];
    int i = -1;
    for (int k = 0; k < n; k++) {
      i = text.indexOf(q(token), i + 1);
      if (i < 0) {
        throw new IllegalArgumentException(token + " #" + n + " is not on line " + line);
      }
    }
    return i + 1;
  }

  /** The members of a valid minimal incident. */
  protected static final String INCIDENT =
      "'id':'inc-1','incidentType':'armed_clash','time':'2020-10-04'";

  /** Reads a feed strictly and returns the exception it must throw. */
  protected CasusReadException readFails(String document) {
    return assertThrows(CasusReadException.class, () -> json.readFeed(document));
  }

  /** Reads a feed strictly from bytes and returns the exception it must throw. */
  protected CasusReadException readFails(byte[] document) {
    return assertThrows(CasusReadException.class, () -> json.readFeed(document));
  }

  /** Asserts the one finding of an exception. */
  protected static Finding assertFinding(
      CasusReadException e, FindingCode code, String pointer, long line, int column) {
    Finding f = e.finding();
    assertEquals(code, f.code(), () -> "code of " + e.getMessage());
    assertEquals(pointer, f.pointer(), () -> "pointer of " + e.getMessage());
    assertEquals(line, f.line().orElse(-1), () -> "line of " + e.getMessage());
    assertEquals(column, f.column().orElse(-1), () -> "column of " + e.getMessage());
    assertTrue(
        e.getMessage().startsWith("line " + line + ", column " + column + ", at "),
        () -> "message format: " + e.getMessage());
    return f;
  }

  /** Asserts that a message contains a fragment. */
  protected static void assertMessageContains(Finding f, String fragment) {
    assertTrue(f.message().contains(fragment), () -> "\"" + fragment + "\" in: " + f.message());
  }

  /** Reads a test resource as UTF-8 text. */
  protected static String resource(String name) {
    try (InputStream in = CasusJsonTestBase.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a feed that must be valid. */
  protected Feed read(String document) {
    return json.readFeed(document);
  }
}
