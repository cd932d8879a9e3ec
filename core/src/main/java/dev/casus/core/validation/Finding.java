package dev.casus.core.validation;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One thing found wrong or doubtful in incoming data: its severity, stable code, the JSON Pointer
 * (RFC 6901) of the place, the line and column where known, and a message a person can act on.
 *
 * <p>Example: {@code ERROR unknown_enum_value /incidents/0/type (line 12, column 15): "shelling"
 * is not an incident type; expected one of armed_clash, ...}.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * A builder for a finding.
   *
   * @return a new builder
   */
  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  /**
   * A finding at a pointer, with the code's default severity and no line or column.
   *
   * @param code the finding's code
   * @param pointer the JSON Pointer of the place ({@code ""} for the whole document)
   * @param message what is wrong and what was expected
   * @return the finding
   */
  public static Finding of(FindingCode code, String pointer, String message) {
    return builder()
        .severity(code.defaultSeverity())
        .code(code)
        .pointer(pointer)
        .message(message)
        .build();
  }

  /**
   * How much it matters.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * The stable code.
   *
   * @return the code
   */
  public abstract FindingCode code();

  /**
   * The JSON Pointer (RFC 6901) of the place, relative to the document (or, in JSON Lines, to the
   * record on its line); {@code ""} is the whole document or record.
   *
   * @return the pointer
   */
  public abstract String pointer();

  /**
   * The 1-based line in the input where the problem was found.
   *
   * @return the line, if known
   */
  public abstract OptionalLong line();

  /**
   * The 1-based column in the input where the problem was found.
   *
   * @return the column, if known
   */
  public abstract OptionalInt column();

  /**
   * What is wrong and what was expected.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * The file or stream the finding is about, when a report covers several.
   *
   * @return the input's name, if any
   */
  public abstract Optional<String> input();

  @Value.Check
  final void check() {
    if (!pointer().isEmpty() && !pointer().startsWith("/")) {
      throw new IllegalArgumentException(
          "Finding.pointer must be empty or start with '/', got \"" + pointer() + "\"");
    }
    if (line().isPresent() && line().getAsLong() < 1) {
      throw new IllegalArgumentException("Finding.line must be >= 1, got " + line().getAsLong());
    }
    if (column().isPresent() && column().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "Finding.column must be >= 1, got " + column().getAsInt());
    }
    if (message().isBlank()) {
      throw new IllegalArgumentException("Finding.message must not be blank");
    }
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    input().ifPresent(i -> s.append(i).append(':'));
    line().ifPresent(l -> s.append(l).append(':'));
    column().ifPresent(c -> s.append(c).append(':'));
    if (s.length() > 0) {
      s.append(' ');
    }
    return s.append(severity())
        .append(' ')
        .append(code().wireName())
        .append(' ')
        .append(pointer().isEmpty() ? "(root)" : pointer())
        .append(' ')
        .append(message())
        .toString();
  }
}
