package dev.casus.core.extension;

import java.util.Map;

/**
 * The rule for producer extensions. Producers may add members whose names start with {@code x-}
 * to a feed and to each entity ({@code "x-acled-interaction": 18}); Casus keeps them, as raw JSON
 * text, so that they survive reading and writing unchanged. The model itself never interprets
 * them, and holds no JSON parser: that the text is well-formed JSON is checked by the JSON layer.
 */
public final class Extensions {

  /** The prefix every extension member name starts with. */
  public static final String PREFIX = "x-";

  private Extensions() {}

  /**
   * Whether {@code name} is a valid extension member name: {@code x-} followed by at least one
   * character, at most 256 characters in all, no whitespace or control characters.
   *
   * @param name the member name
   * @return true if valid
   */
  public static boolean isExtensionName(String name) {
    if (!name.startsWith(PREFIX) || name.length() == PREFIX.length() || name.length() > 256) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks a map of extensions, throwing naming the owner and the bad member.
   *
   * @param owner the simple name of the holding type (e.g. {@code "Incident"})
   * @param extensions member name to raw JSON text
   * @throws IllegalArgumentException if a name is not an extension name or a value is blank
   */
  public static void check(String owner, Map<String, String> extensions) {
    for (Map.Entry<String, String> e : extensions.entrySet()) {
      if (!isExtensionName(e.getKey())) {
        throw new IllegalArgumentException(
            owner
                + ".extensions member name must start with \"x-\" and hold no whitespace, got \""
                + e.getKey()
                + "\"");
      }
      if (e.getValue().isBlank()) {
        throw new IllegalArgumentException(
            owner + ".extensions[\"" + e.getKey() + "\"] must be JSON text, got a blank string");
      }
    }
  }
}
