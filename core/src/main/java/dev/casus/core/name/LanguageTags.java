package dev.casus.core.name;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The well-formedness check and case normalisation of BCP 47 (RFC 5646) language tags, used by
 * {@link Name} and by every other language member of the model.
 */
public final class LanguageTags {

  /**
   * The longest tag accepted as well-formed: 256 characters. RFC 5646 sets no upper bound on a
   * tag's length (section 4.4.1 only asks implementations to keep at least 35 characters), but
   * real tags are under 40 characters, so 256 is generous. The bound is checked before the
   * regular expression, whose repeated groups recurse once per subtag and overflow the stack on
   * tags of a few kilobytes.
   */
  public static final int MAX_LENGTH = 256;

  private static final String ALNUM = "[a-z0-9]";

  /**
   * RFC 5646 section 2.1 {@code langtag} and private-use tags, with one restriction: the primary
   * language subtag must be 2 or 3 letters (ISO 639). The grammar also admits 4-letter (reserved)
   * and 5- to 8-letter (registered) language subtags, but the IANA registry holds none, and
   * allowing them would make {@code "english"} well-formed. Irregular grandfathered tags such as
   * {@code i-klingon} are rejected; the regular ones ({@code zh-min-nan}) fit the grammar.
   */
  private static final Pattern LANGTAG =
      Pattern.compile(
          "(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}" // language, with up to three extlang subtags
              + "(?:-[a-z]{4})?" // script
              + "(?:-(?:[a-z]{2}|[0-9]{3}))?" // region
              + "(?:-(?:"
              + ALNUM
              + "{5,8}|[0-9]"
              + ALNUM
              + "{3}))*" // variants
              + "(?:-[0-9a-wy-z](?:-"
              + ALNUM
              + "{2,8})+)*" // extensions
              + "(?:-x(?:-"
              + ALNUM
              + "{1,8})+)?" // private use
              + "|x(?:-"
              + ALNUM
              + "{1,8})+)", // a private-use tag on its own
          Pattern.CASE_INSENSITIVE);

  private LanguageTags() {}

  /**
   * Returns {@code tag} if it is a well-formed language tag, or throws naming where it was found.
   *
   * @param owner the simple name of the model type (e.g. {@code "StatementText"})
   * @param field the attribute name (e.g. {@code "language"})
   * @param tag the candidate tag
   * @return {@code tag}
   * @throws IllegalArgumentException if the tag is not well-formed
   */
  public static String check(String owner, String field, String tag) {
    if (tag.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          owner
              + "."
              + field
              + " is not a well-formed BCP 47 language tag: longer than "
              + MAX_LENGTH
              + " characters ("
              + tag.length()
              + ")");
    }
    if (!isWellFormed(tag)) {
      throw new IllegalArgumentException(
          owner
              + "."
              + field
              + " \""
              + tag
              + "\" is not a well-formed BCP 47 language tag: expected e.g. \"en\", \"az-Latn\""
              + " or \"hy-AM\"");
    }
    return tag;
  }

  /**
   * Whether {@code tag} is a well-formed language tag (see {@link #LANGTAG}) of at most {@link
   * #MAX_LENGTH} characters.
   *
   * @param tag the candidate
   * @return true if well-formed; false, without running the regular expression, for a tag longer
   *     than {@link #MAX_LENGTH}
   */
  public static boolean isWellFormed(String tag) {
    if (tag.length() > MAX_LENGTH) {
      return false;
    }
    // CASE_INSENSITIVE without UNICODE_CASE folds ASCII only, so no non-ASCII letter can match
    return LANGTAG.matcher(tag).matches();
  }

  /**
   * The conventional letter case of a well-formed tag (RFC 5646 section 2.1.1): lower case,
   * except title-case scripts ({@code Latn}) and upper-case two-letter regions ({@code AZ}), and
   * nothing changed after a singleton ({@code -u-}, {@code -x-}).
   *
   * @param tag a well-formed tag
   * @return the tag in conventional case, e.g. {@code "az-Cyrl-AZ"} for {@code "AZ-cyrl-az"}
   */
  public static String canonicalCase(String tag) {
    String[] subtags = tag.toLowerCase(Locale.ROOT).split("-", -1);
    StringBuilder out = new StringBuilder(subtags[0]);
    boolean afterSingleton = subtags[0].length() == 1;
    for (int i = 1; i < subtags.length; i++) {
      String subtag = subtags[i];
      if (!afterSingleton) {
        if (subtag.length() == 1) {
          afterSingleton = true;
        } else if (subtag.length() == 4 && Character.isLetter(subtag.charAt(0))) {
          subtag = Character.toUpperCase(subtag.charAt(0)) + subtag.substring(1);
        } else if (subtag.length() == 2) {
          subtag = subtag.toUpperCase(Locale.ROOT);
        }
      }
      out.append('-').append(subtag);
    }
    return out.toString();
  }
}
