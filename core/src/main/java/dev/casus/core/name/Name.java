package dev.casus.core.name;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A name or alias exactly as a source wrote it, optionally with the language it is written in.
 *
 * <p>The seed article spells the Azerbaijani president both "Ilham Aliyev" and "Ilkham Aliyev",
 * and calls the region both "Nagorno-Karabakh" and "Upper Karabakh"; each spelling is its own
 * {@code Name}, e.g. {@code Name.of("Ilkham Aliyev", "en")}. Names are compared exactly: "Ilham
 * Aliyev" and "Ilkham Aliyev" are different names of the same actor.
 *
 * <p>The language is a well-formed BCP 47 (RFC 5646) tag such as {@code en}, {@code az-Latn} or
 * {@code hy}, stored in its conventional letter case ({@code AZ-LATN} becomes {@code az-Latn}).
 */
@Value.Immutable
public abstract class Name {

  /** The longest name, in Unicode code points. */
  public static final int MAX_LENGTH = 1000;

  Name() {}

  /**
   * A name whose language is not given.
   *
   * @param text the name as written, e.g. {@code "Nagorno-Karabakh"}
   * @return the name
   * @throws IllegalArgumentException if {@code text} is blank, longer than {@link #MAX_LENGTH}
   *     code points, or holds a control character
   */
  public static Name of(String text) {
    return ImmutableName.builder().text(text).build();
  }

  /**
   * A name in a language.
   *
   * @param text the name as written, e.g. {@code "Upper Karabakh"}
   * @param language a BCP 47 language tag, e.g. {@code "en"} or {@code "az-Latn"}
   * @return the name
   * @throws IllegalArgumentException if {@code text} is invalid (see {@link #of(String)}) or
   *     {@code language} is not a well-formed BCP 47 language tag
   */
  public static Name of(String text, String language) {
    return ImmutableName.builder().text(text).language(language).build();
  }

  /**
   * The name as written, verbatim: not trimmed, transliterated or case-folded.
   *
   * @return the text, never blank, at most {@link #MAX_LENGTH} code points, without control
   *     characters
   */
  public abstract String text();

  /**
   * The language the name is written in, as a BCP 47 tag in conventional case, e.g. {@code
   * "az-Latn"}; {@code "und"} says explicitly that it is undetermined.
   *
   * @return the language tag, or empty if not given
   */
  public abstract Optional<String> language();

  @Value.Check
  final Name check() {
    checkText(text());
    if (language().isEmpty()) {
      return this;
    }
    String language = language().get();
    LanguageTags.check("Name", "language", language);
    String canonical = LanguageTags.canonicalCase(language);
    return canonical.equals(language) ? this : ImmutableName.copyOf(this).withLanguage(canonical);
  }

  private static void checkText(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("Name.text must not be blank, got \"" + text + "\"");
    }
    // no more code points than UTF-16 units: only a long text needs counting
    int length = text.length() <= MAX_LENGTH ? 0 : text.codePointCount(0, text.length());
    if (length > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "Name.text must be at most " + MAX_LENGTH + " characters, got " + length);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            "Name.text must not contain control characters, found U+"
                + String.format("%04X", (int) c)
                + " at index "
                + i);
      }
    }
  }

  /**
   * The name, followed by {@code @} and its language if it has one: {@code "Upper Karabakh@en"},
   * {@code "Nagorno-Karabakh"}.
   *
   * @return the text and language
   */
  @Override
  public final String toString() {
    return language().map(lang -> text() + "@" + lang).orElse(text());
  }
}
