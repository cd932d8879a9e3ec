package dev.casus.core.time;

/**
 * A string that is not an EDTF value in the subset Casus supports, with where it goes wrong.
 *
 * <p>The message names the input, the 0-based position of the offending character (in UTF-16 code
 * units, as {@link String#charAt} counts) and what was expected there, e.g. {@code invalid EDTF
 * "2020-13-01" at position 5: month must be 01-12, got 13}. A value out of range is reported at
 * the first character of its field (the {@code 1} of {@code 13}); an input that ends too early at
 * its length; an input longer than {@link EdtfTime#MAX_LENGTH} at that limit.
 */
public final class EdtfParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Inputs longer than this are shortened in the message (never in {@link #input()}). */
  private static final int MESSAGE_INPUT_LIMIT = 80;

  /** The rejected string. */
  private final String input;

  /** The 0-based index of the offending character. */
  private final int position;

  /** What is wrong at the position. */
  private final String problem;

  /**
   * A rejection of {@code input} at {@code position}.
   *
   * @param input the rejected string
   * @param position the 0-based index of the offending character, or {@code input.length()} when
   *     the input ended too early
   * @param problem what is wrong there, or what was expected (e.g. {@code "month must be 01-12"})
   * @throws IllegalArgumentException if {@code position} is outside {@code 0..input.length()}
   */
  public EdtfParseException(String input, int position, String problem) {
    super(message(input, position, problem));
    if (position < 0 || position > input.length()) {
      throw new IllegalArgumentException(
          "EdtfParseException.position must be 0-"
              + input.length()
              + " for an input of that length, got "
              + position);
    }
    this.input = input;
    this.position = position;
    this.problem = problem;
  }

  /**
   * The rejected string, unshortened.
   *
   * @return the input given to the parser
   */
  public String input() {
    return input;
  }

  /**
   * The 0-based index of the offending character; {@code input().length()} when the input ended
   * where more was expected.
   *
   * @return the position of the error
   */
  public int position() {
    return position;
  }

  /**
   * What is wrong at {@link #position()}, without the input and position: the last part of the
   * message.
   *
   * @return the problem, e.g. {@code "month must be 01-12, got 13"}
   */
  public String problem() {
    return problem;
  }

  private static String message(String input, int position, String problem) {
    return "invalid EDTF " + quote(input) + " at position " + position + ": " + problem;
  }

  /** The input in double quotes, control characters escaped, shortened if very long. */
  static String quote(String input) {
    StringBuilder b = new StringBuilder(MESSAGE_INPUT_LIMIT + 32).append('"');
    int shown = Math.min(input.length(), MESSAGE_INPUT_LIMIT);
    for (int i = 0; i < shown; i++) {
      char c = input.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('"');
    if (shown < input.length()) {
      b.append("... (").append(input.length()).append(" characters)");
    }
    return b.toString();
  }
}
