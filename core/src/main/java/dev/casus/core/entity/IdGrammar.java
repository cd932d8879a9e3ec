package dev.casus.core.entity;

/** Checks the grammar shared by all entity ids (see {@link EntityId}). */
public final class IdGrammar {

  /** The longest id, in UTF-16 code units. */
  public static final int MAX_LENGTH = 256;

  private IdGrammar() {}

  /**
   * Returns {@code value} if it is a valid id, or throws naming the id type and the offending
   * character.
   *
   * @param type the simple name of the id type, for the message (e.g. {@code "ActorId"})
   * @param value the candidate id
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is empty, longer than {@link #MAX_LENGTH},
   *     or holds whitespace or a control character
   */
  public static String check(String type, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(type + ".value must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          type + ".value must be at most " + MAX_LENGTH + " characters, got " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > ' ' && c < 0x7F) {
        // printable ASCII other than the space: never whitespace, control or space character
        // (the common case, decided without the Unicode tables)
        continue;
      }
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        throw new IllegalArgumentException(
            type
                + ".value must not contain whitespace or control characters, found U+"
                + String.format("%04X", (int) c)
                + " at index "
                + i
                + " in \""
                + value
                + "\"");
      }
    }
    return value;
  }

  /**
   * Whether {@code value} satisfies the id grammar.
   *
   * @param value the candidate id
   * @return true if {@link #check} would accept it
   */
  public static boolean isValid(String value) {
    try {
      check("EntityId", value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
