package dev.casus.interop.support;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns names into the readable, deterministic fragments that Casus ids are built from: {@code
 * "Military Forces of Azerbaijan (2003-)"} becomes {@code military-forces-of-azerbaijan-2003}.
 */
public final class Slugs {

  private Slugs() {}

  /**
   * A lower-case ASCII slug of {@code name}: accents dropped ({@code Gəncə} gives {@code gence}), every run of other characters a
   * single hyphen, at most {@code maxLength} characters. A name with no Latin letters or digits
   * (Armenian or Arabic script) gives {@code h} and ten hex digits of its SHA-256, so that it
   * still yields a stable, distinct slug.
   *
   * @param name the name
   * @param maxLength the longest slug, at least 12
   * @return the slug, never empty
   */
  public static String slug(String name, int maxLength) {
    String ascii =
        Normalizer.normalize(latinLetters(name), Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-");
    String slug = trimHyphens(ascii);
    if (slug.length() > maxLength) {
      slug = trimHyphens(slug.substring(0, maxLength));
    }
    if (slug.isEmpty()) {
      return "h"
          + Hashing.sha256().hashString(name, StandardCharsets.UTF_8).toString().substring(0, 10);
    }
    return slug;
  }

  /** Letters that do not decompose into an ASCII letter and a mark. */
  private static String latinLetters(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case 'ə', 'Ə' -> b.append('e');
        case 'ı' -> b.append('i');
        case 'ß' -> b.append("ss");
        case 'ø', 'Ø' -> b.append('o');
        case 'æ', 'Æ' -> b.append("ae");
        case 'đ', 'Đ' -> b.append('d');
        case 'ł', 'Ł' -> b.append('l');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String trimHyphens(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }
}
