package dev.casus.core.text;

/**
 * The rule every free-text member of the model follows (titles, summaries, notes, statement
 * excerpts, roles): not blank, at most {@value #MAX_LENGTH} characters, and no control characters
 * other than tab, line feed and carriage return.
 */
public final class FreeText {

  /** The longest free text, in UTF-16 code units. */
  public static final int MAX_LENGTH = 100_000;

  private FreeText() {}

  /**
   * Returns {@code value} if it is acceptable free text, or throws naming where it was found.
   *
   * @param owner the simple name of the model type holding the text (e.g. {@code "Incident"})
   * @param field the attribute name (e.g. {@code "summary"})
   * @param value the text
   * @return {@code value}
   * @throws IllegalArgumentException if the text is blank, too long or holds a control character
   */
  public static String check(String owner, String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(owner + "." + field + " must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          owner
              + "."
              + field
              + " must be at most "
              + MAX_LENGTH
              + " characters, got "
              + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        throw new IllegalArgumentException(
            owner
                + "."
                + field
                + " must not contain control characters, found U+"
                + String.format("%04X", (int) c)
                + " at index "
                + i);
      }
    }
    return value;
  }
}
