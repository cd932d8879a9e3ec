package dev.casus.testing;

import dev.casus.core.entity.IdGrammar;
import dev.casus.core.name.Name;
import dev.casus.core.text.FreeText;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Free text, names, language tags, entity id strings, extension members and URIs. */
final class TextGen {

  private static final String ASCII_ID_CHARS =
      "abcdefghijklmnopqrstuvwxyz0123456789-_.:/~+=@!$&'()*,;ABCDEFGHIJKLMNOPQRSTUVWXYZ#%?[]{}|^`<>\"\\";
  private static final String SLUG_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String FILLER = "Ganja Gəncə Ստեփանակերտ 🚀 مرحبا\tline\n";

  private final Draw draw;

  TextGen(Draw draw) {
    this.draw = draw;
  }

  // ---- free text ----

  /** Free text valid under {@link FreeText}; {@code allowHuge}: may be exactly the limit long. */
  String text(boolean allowHuge) {
    int form = draw.between(0, 99);
    if (form < 40) {
      return draw.pick(Pools.SENTENCES);
    }
    if (form < 70) {
      int n = draw.between(2, 4);
      StringBuilder b = new StringBuilder(draw.pick(Pools.SENTENCES));
      for (int i = 1; i < n; i++) {
        b.append(draw.pick(" ", "\n", "\n\n", "\r\n", "\t")).append(draw.pick(Pools.SENTENCES));
      }
      return b.toString();
    }
    if (form < 85) {
      return nameText();
    }
    if (form < 95) {
      return soup(draw.between(1, 60));
    }
    if (form < 99 || !allowHuge) {
      return longText(draw.between(1000, 5000));
    }
    return longText(FreeText.MAX_LENGTH);
  }

  /** Short free text from the pools, for the cheap generators of large feeds. */
  String shortText() {
    return draw.pick(Pools.SENTENCES);
  }

  private String longText(int length) {
    StringBuilder b = new StringBuilder(length + FILLER.length());
    while (b.length() < length) {
      b.append(FILLER);
    }
    b.setLength(length);
    if (Character.isHighSurrogate(b.charAt(length - 1))) {
      b.setCharAt(length - 1, '.');
    }
    return b.toString();
  }

  private String soup(int codePoints) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < codePoints; i++) {
      int kind = draw.between(0, 9);
      if (kind < 5) {
        b.append(ASCII_ID_CHARS.charAt(draw.index(ASCII_ID_CHARS.length())));
      } else if (kind < 8) {
        b.append(draw.pick(Pools.ID_CODE_POINTS));
      } else {
        b.append(draw.pick(" ", "\t", "\n", "\u00a0", "\u2028", "\u200f", "\u202e", "\u0301"));
      }
    }
    // never blank
    b.append(draw.pick(Pools.ID_CODE_POINTS));
    return b.toString();
  }

  // ---- names and languages ----

  /** The text of a {@link Name}: no control characters, at most 1000 code points. */
  String nameText() {
    int form = draw.between(0, 99);
    if (form < 60) {
      return draw.pick(Pools.NAMES);
    }
    if (form < 80) {
      return draw.pick(Pools.NAMES) + draw.pick(" ", "-", " / ", ", ") + draw.pick(Pools.NAMES);
    }
    if (form < 97) {
      StringBuilder b = new StringBuilder();
      int n = draw.between(1, 24);
      for (int i = 0; i < n; i++) {
        b.append(draw.chance(0.7) ? draw.pick(Pools.ID_CODE_POINTS) : slug(1));
      }
      return b.toString();
    }
    // exactly Name.MAX_LENGTH code points, many of them outside the BMP
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Name.MAX_LENGTH; i++) {
      b.appendCodePoint(draw.pick(0x1F680, 0x0259, (int) 'a', 0x057D, 0x10348));
    }
    return b.toString();
  }

  /** A random name, with a language half of the time. */
  Name name() {
    String text = nameText();
    if (draw.chance(0.5)) {
      return Name.of(text);
    }
    return Name.of(text, draw.chance(0.1) ? draw.pick(Pools.LANGUAGES_ODD_CASE) : language());
  }

  /** A well-formed BCP 47 language tag in conventional case. */
  String language() {
    return draw.pick(Pools.LANGUAGES);
  }

  /** A language tag or empty. */
  Optional<String> optionalLanguage() {
    return draw.chance(0.5) ? Optional.of(language()) : Optional.empty();
  }

  // ---- ids ----

  /** An id string valid under {@link IdGrammar}, of many shapes. */
  String idValue(String prefix) {
    int form = draw.between(0, 19);
    if (form < 10) {
      return prefix + "-" + slug(draw.between(1, 20));
    }
    if (form < 12) {
      return uuid();
    }
    if (form < 14) {
      return prefix + "-" + codePoints(draw.between(1, 8));
    }
    if (form < 16) {
      return "https://example.org/" + prefix + "/" + draw.between(0, 99_999) + "?v=1#x";
    }
    if (form < 18) {
      return fill(prefix, "", IdGrammar.MAX_LENGTH);
    }
    return String.valueOf(ASCII_ID_CHARS.charAt(draw.index(ASCII_ID_CHARS.length())));
  }

  /**
   * The id of the {@code index}-th entity of a kind in a feed: unique per index, because it ends
   * with a separator and the decimal index.
   */
  String uniqueIdValue(String prefix, int index, boolean lean) {
    String suffix = "-" + index;
    if (lean) {
      return prefix + suffix;
    }
    int form = draw.between(0, 19);
    if (form < 14) {
      return prefix + suffix;
    }
    if (form < 16) {
      return prefix + "-" + codePoints(draw.between(1, 6)) + suffix;
    }
    if (form < 18) {
      return uuid() + suffix;
    }
    return fill(prefix, suffix, IdGrammar.MAX_LENGTH);
  }

  /** {@code prefix}, filler and {@code suffix}, exactly {@code length} UTF-16 units long. */
  private String fill(String prefix, String suffix, int length) {
    StringBuilder b = new StringBuilder(prefix).append('-');
    int room = length - suffix.length();
    while (b.length() < room) {
      String s =
          draw.chance(0.3)
              ? draw.pick(Pools.ID_CODE_POINTS)
              : String.valueOf(SLUG_CHARS.charAt(draw.index(SLUG_CHARS.length())));
      b.append(b.length() + s.length() <= room ? s : "a");
    }
    return b.append(suffix).toString();
  }

  private String uuid() {
    return new java.util.UUID(draw.bits(), draw.bits()).toString();
  }

  /** {@code n} lower-case letters and digits. */
  String slug(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(SLUG_CHARS.charAt(draw.index(SLUG_CHARS.length())));
    }
    return b.toString();
  }

  private String codePoints(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(draw.pick(Pools.ID_CODE_POINTS));
    }
    return b.toString();
  }

  // ---- extensions and URIs ----

  /** Zero to three {@code x-} members with canonical compact JSON values. */
  Map<String, String> extensions() {
    int n = draw.size(0.6, 3);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(extensionName(), jsonValue());
    }
    return out;
  }

  private String extensionName() {
    if (draw.chance(0.03)) {
      return "x-" + slug(254);
    }
    String name = "x-" + slug(draw.between(1, 12));
    return draw.chance(0.3) ? name + "-" + slug(draw.between(1, 8)) : name;
  }

  private String jsonValue() {
    int form = draw.between(0, 9);
    if (form < 6) {
      return draw.pick(Pools.JSON_VALUES);
    }
    if (form < 8) {
      return Long.toString(draw.between(-(1L << 53) + 1, (1L << 53) - 1));
    }
    return "\"" + slug(draw.between(0, 12)) + "\"";
  }

  /** An absolute URI. */
  URI uri() {
    if (draw.chance(0.7)) {
      return URI.create(draw.pick(Pools.URIS));
    }
    return URI.create("https://example.org/" + slug(draw.between(1, 16)) + "/" + draw.between(1, 9999));
  }
}
