package dev.casus.jackson.deser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.casus.core.validation.FindingCode;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns the exceptions Jackson's parser throws into finding codes and readable messages. */
final class JacksonProblems {

  /** Jackson names the constraint's getter in its messages; users cannot act on that. */
  private static final Pattern CONSTRAINT_SOURCE = Pattern.compile(", from `[^`]*`");

  /**
   * Jackson's location of an unclosed object or array, e.g. {@code (start marker at [Source:
   * REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])}:
   * noise to a user, and its line is wrong in JSON Lines (counted from the record's line).
   */
  private static final Pattern START_MARKER =
      Pattern.compile(" \\(start marker at \\[Source: [^\\]]*\\]\\)");

  private JacksonProblems() {}

  static FindingCode code(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return FindingCode.LIMIT_EXCEEDED;
    }
    if (e instanceof InputCoercionException) {
      return FindingCode.NUMBER_OUT_OF_RANGE;
    }
    String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (m.contains("invalid utf-8")
        || m.contains("invalid utf-32")
        || m.contains("surrogate")
        || m.contains("invalid utf8")) {
      return FindingCode.ENCODING;
    }
    return FindingCode.SYNTAX;
  }

  static String message(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    m = CONSTRAINT_SOURCE.matcher(m).replaceAll("");
    m = START_MARKER.matcher(m).replaceAll("");
    if (e instanceof JsonEOFException) {
      return "the input ends too early (truncated JSON): " + m;
    }
    if (e instanceof StreamConstraintsException) {
      return "reader limit exceeded: " + m;
    }
    return m;
  }
}
