package dev.casus.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.casus.core.name.LanguageTags;
import dev.casus.core.text.FreeText;
import dev.casus.core.time.EdtfParseException;
import dev.casus.core.time.EdtfTime;
import dev.casus.core.validation.FindingCode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Readers of the scalar values of the wire format: strings, ids, times, counts, coordinates. */
public final class Scalars {

  /** The largest count: 2^53 - 1, the largest integer every JSON implementation holds exactly. */
  public static final long MAX_COUNT = (1L << 53) - 1;

  /** Longer language tags are rejected unread (real tags are under 40 characters). */
  public static final int MAX_LANGUAGE_TAG_LENGTH = 256;

  private static final int QUOTE_LIMIT = 80;

  private static final String INTERVAL_ORDER = "EdtfInterval ends before it starts";

  private Scalars() {}

  /**
   * Reads a string.
   *
   * @param c the context
   * @param what what the string is, for messages, e.g. {@code "a summary"}
   * @return the string, or null (COLLECT mode) if the value was not a string
   * @throws IOException if the parser fails
   */
  public static @Nullable String string(ReadContext c, String what) throws IOException {
    JsonParser p = c.parser();
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      c.wrongType(what + " (a string)");
      return null;
    }
    return p.getText();
  }

  /**
   * Reads a free-text member (a title, summary, note, role, ...) and checks the model's free-text
   * rule at once, so that a blank or over-long text is reported at the member itself.
   *
   * @param c the context
   * @param owner the model type, e.g. {@code "Incident"}
   * @param field the member, e.g. {@code "summary"}
   * @return the text, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable String text(ReadContext c, String owner, String field)
      throws IOException {
    JsonParser p = c.parser();
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      // the member's name is only put together for the message
      c.wrongType(owner + "." + field + " (a string)");
      return null;
    }
    String s = p.getText();
    try {
      return FreeText.check(owner, field, s);
    } catch (IllegalArgumentException e) {
      c.fail(FindingCode.BROKEN_INVARIANT, String.valueOf(e.getMessage()));
      return null;
    }
  }

  /**
   * Reads an entity id or reference.
   *
   * @param c the context
   * @param what the id in words, e.g. {@code "an actor id"}
   * @param factory makes the id from a valid string
   * @param <T> the id type
   * @return the id, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static <T> @Nullable T id(
      ReadContext c, String what, Function<String, T> factory) throws IOException {
    String s = string(c, what);
    if (s == null) {
      return null;
    }
    try {
      // the id type checks the grammar (once); a bad id is the only way it throws
      return factory.apply(s);
    } catch (IllegalArgumentException e) {
      c.fail(FindingCode.MALFORMED_ID, String.valueOf(e.getMessage()));
      return null;
    }
  }

  /**
   * Reads an EDTF time ({@code 2020-10-04}, {@code 2020-09-27/..}).
   *
   * @param c the context
   * @return the time, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable EdtfTime edtf(ReadContext c) throws IOException {
    String s = string(c, "an EDTF time");
    if (s == null) {
      return null;
    }
    try {
      return EdtfTime.parse(s);
    } catch (EdtfParseException e) {
      boolean order = e.problem().startsWith(INTERVAL_ORDER);
      c.fail(
          order ? FindingCode.BROKEN_INVARIANT : FindingCode.MALFORMED_EDTF,
          String.valueOf(e.getMessage()));
      return null;
    } catch (IllegalArgumentException e) {
      c.fail(FindingCode.MALFORMED_EDTF, String.valueOf(e.getMessage()));
      return null;
    }
  }

  /**
   * Reads a count: a JSON integer (no fraction, no exponent) between 0 and {@link #MAX_COUNT}.
   *
   * @param c the context
   * @param what the count in words, e.g. {@code "Estimate.low"}
   * @return the count, or -1 (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static long count(ReadContext c, String what) throws IOException {
    JsonParser p = c.parser();
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
        long v = p.getLongValue();
        if (v >= 0 && v <= MAX_COUNT) {
          return v;
        }
      }
      c.fail(
          FindingCode.NUMBER_OUT_OF_RANGE,
          what + " must be between 0 and " + MAX_COUNT + " (2^53-1), got " + numberText(p));
      return -1;
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      c.fail(
          FindingCode.NUMBER_OUT_OF_RANGE,
          what + " must be an integer written without fraction or exponent, got " + numberText(p));
      return -1;
    }
    c.wrongType(what + " (an integer)");
    return -1;
  }

  /**
   * Reads a coordinate in degrees: any JSON number that fits a finite double.
   *
   * @param c the context
   * @param what the coordinate, e.g. {@code "GeoPoint.latitude"}
   * @return the value, or NaN (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static double coordinate(ReadContext c, String what) throws IOException {
    JsonParser p = c.parser();
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      c.wrongType(what + " (a number)");
      return Double.NaN;
    }
    double d = p.getDoubleValue();
    if (!Double.isFinite(d)) {
      c.fail(
          FindingCode.NUMBER_OUT_OF_RANGE,
          what + " must be a finite number of degrees, got " + numberText(p));
      return Double.NaN;
    }
    return d;
  }

  /**
   * Reads a boolean.
   *
   * @param c the context
   * @param what the member, for messages
   * @return 1 for true, 0 for false, -1 (COLLECT mode) if not a boolean
   * @throws IOException if the parser fails
   */
  public static int bool(ReadContext c, String what) throws IOException {
    JsonToken t = c.parser().currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return 1;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return 0;
    }
    c.wrongType(what + " (true or false)");
    return -1;
  }

  /**
   * Reads a BCP 47 language tag.
   *
   * @param c the context
   * @param owner the holding type's name, for messages, e.g. {@code "Name"}
   * @return the tag as written, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable String languageTag(ReadContext c, String owner) throws IOException {
    String s = string(c, "a language tag");
    if (s == null) {
      return null;
    }
    if (s.length() > MAX_LANGUAGE_TAG_LENGTH) {
      // checked before the model's regular expression, which overflows the stack on long input
      c.fail(
          FindingCode.MALFORMED_LANGUAGE_TAG,
          owner
              + ".language is not a well-formed BCP 47 tag: longer than "
              + MAX_LANGUAGE_TAG_LENGTH
              + " characters ("
              + s.length()
              + ")");
      return null;
    }
    if (!LanguageTags.isWellFormed(s)) {
      String message;
      try {
        LanguageTags.check(owner, "language", s);
        message = owner + ".language is not a well-formed BCP 47 tag: " + quote(s);
      } catch (IllegalArgumentException e) {
        message = String.valueOf(e.getMessage());
      }
      c.fail(FindingCode.MALFORMED_LANGUAGE_TAG, message);
      return null;
    }
    return s;
  }

  /**
   * Reads an absolute URI.
   *
   * @param c the context
   * @param what the member, e.g. {@code "Source.url"}
   * @return the URI, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable URI absoluteUri(ReadContext c, String what) throws IOException {
    String s = string(c, "an absolute URI");
    if (s == null) {
      return null;
    }
    try {
      URI uri = new URI(s);
      if (uri.isAbsolute()) {
        return uri;
      }
      c.fail(
          FindingCode.BROKEN_INVARIANT,
          what + " must be an absolute URI (with a scheme such as https:), got " + quote(s));
    } catch (URISyntaxException e) {
      c.fail(
          FindingCode.BROKEN_INVARIANT,
          what + " must be an absolute URI (RFC 3986), got " + quote(s) + ": " + e.getReason()
              + " at index " + e.getIndex());
    }
    return null;
  }

  /**
   * Reads an RFC 3339 instant in UTC, as {@link Instant#toString()} writes it: {@code
   * 2020-10-04T18:00:00Z}, with fractional seconds only when present.
   *
   * @param c the context
   * @param what the member, e.g. {@code "createdAt"}
   * @return the instant, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Instant instant(ReadContext c, String what) throws IOException {
    String s = string(c, "an RFC 3339 UTC instant");
    if (s == null) {
      return null;
    }
    String expected =
        what + " must be an RFC 3339 instant in UTC such as 2020-10-04T18:00:00Z, got " + quote(s);
    if (!s.endsWith("Z") || s.length() > 40) {
      c.fail(FindingCode.MALFORMED_EDTF, expected);
      return null;
    }
    try {
      return DateTimeFormatter.ISO_INSTANT.parse(s, Instant::from);
    } catch (DateTimeException e) {
      c.fail(FindingCode.MALFORMED_EDTF, expected);
      return null;
    }
  }

  /**
   * Quotes a string for a message, escaping quotes, backslashes and control characters, and
   * shortening it to 80 characters.
   *
   * @param s the string
   * @return the quoted string
   */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), QUOTE_LIMIT) + 16).append('"');
    int shown = Math.min(s.length(), QUOTE_LIMIT);
    for (int i = 0; i < shown; i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\\') {
        b.append('\\').append(ch);
      } else if (Character.isISOControl(ch)) {
        b.append(String.format("\\u%04X", (int) ch));
      } else {
        b.append(ch);
      }
    }
    b.append('"');
    if (shown < s.length()) {
      b.append("... (").append(s.length()).append(" characters)");
    }
    return b.toString();
  }

  private static String numberText(JsonParser p) throws IOException {
    String text = p.getText();
    return text.length() <= QUOTE_LIMIT
        ? text
        : text.substring(0, QUOTE_LIMIT) + "... (" + text.length() + " characters)";
  }
}
