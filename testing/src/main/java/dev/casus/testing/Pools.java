package dev.casus.testing;

import java.util.List;

/**
 * Fixed pools of realistic and awkward values: place and person names in the scripts of the seed
 * article's region, emoji and right-to-left text, language tags, and canonical JSON texts for
 * extensions.
 */
final class Pools {

  private Pools() {}

  /** Names as a source might write them; several scripts, none blank. */
  static final List<String> NAMES =
      List.of(
          "Ganja",
          "Gəncə",
          "Гянджа",
          "Գանձակ",
          "Stepanakert",
          "Ստեփանակերտ",
          "Xankəndi",
          "Mingachevir",
          "Mingəçevir",
          "Nagorno-Karabakh",
          "Upper Karabakh",
          "Dağlıq Qarabağ",
          "Լեռնային Ղարաբաղ",
          "Jabrayil",
          "Cəbrayıl",
          "Khizi",
          "Absheron",
          "Abşeron",
          "Hikmet Hajiyev",
          "Shushan Stepanian",
          "Շուշան Ստեփանյան",
          "Arayik Harutyunyan",
          "Ilham Aliyev",
          "Ilkham Aliyev",
          "İlham Əliyev",
          "OSCE Minsk Group",
          "Armenian Defence Ministry",
          "Azerbaijan",
          "Armenia",
          "Азербайджан",
          "Հայաստան",
          "საქართველო",
          "تبریز",
          "ירושלים",
          "東京",
          "Zoë O'Brien-Łukasiewicz",
          "Ä\u0308rger (combining)",
          "🚀 Rocket Brigade 🇦🇿",
          "👩🏽‍⚕️ field medics",
          "\"quoted\" & <tagged> \\ name",
          "  leading and trailing  ",
          "x");

  /** Sentences of free text, including the article's own and some awkward ones. */
  static final List<String> SENTENCES =
      List.of(
          "Armenia targeted large cities Ganja and Mingachevir with missile strikes.",
          "No fire was opened from Armenia in the direction of Azerbaijan.",
          "One civilian has been killed, and 32 others sustained injuries, authorities said.",
          "The clashes erupted on September 27 and have killed dozens.",
          "Gəncə şəhərinə raket zərbələri endirilib.",
          "Ստեփանակերտը ենթարկվել է հրթիռակոծության։",
          "Нанесены ракетные удары по Гяндже.",
          "أفادت التقارير بسقوط صواريخ على المدينة.",
          "דווח על ירי רקטות לעבר העיר.",
          "Mixed: Ganja גנג'ה Гянджа 🚀🔥 end.",
          "Tab\tseparated\tvalues",
          "Line one\nline two\r\nline three",
          "JSON hazards: \" \\ / </script> \u2028 \u2029 {\"a\":1}",
          "Zero-width joiner: 👨‍👩‍👧 and variation selector ☺️",
          "   padded text   ",
          ".",
          "Ä");

  /** Well-formed BCP 47 tags, in conventional case. */
  static final List<String> LANGUAGES =
      List.of(
          "en",
          "az",
          "az-Latn",
          "az-Cyrl-AZ",
          "hy",
          "hy-AM",
          "ru",
          "tr",
          "fr",
          "ar",
          "he",
          "ka",
          "und",
          "zh-min-nan",
          "de-CH-1996",
          "en-a-bbb-x-a-ccc",
          "x-private",
          "sr-Latn-RS",
          "es-419");

  /** Tags a user may write in another case; {@code Name} stores them in conventional case. */
  static final List<String> LANGUAGES_ODD_CASE = List.of("EN", "AZ-latn", "az-cyrl-az", "HY-am");

  /** Extension values: canonical, compact JSON texts (never {@code null}). */
  static final List<String> JSON_VALUES =
      List.of(
          "1",
          "0",
          "-42",
          "9007199254740991",
          "\"s\"",
          "\"\"",
          "\"Gəncə 🚀\"",
          "\"quote \\\" and backslash \\\\\"",
          "true",
          "false",
          "{\"a\":[1,2]}",
          "[]",
          "{}",
          "[1,\"two\",{\"three\":3}]",
          "{\"nested\":{\"deep\":[true,false,\"x\"]}}",
          "{\"acled\":{\"interaction\":18,\"inter1\":1}}");

  /** Characters for ids beyond ASCII: letters of the region's scripts and a few symbols. */
  static final List<String> ID_CODE_POINTS =
      List.of("ə", "Ə", "ğ", "ş", "ı", "Ş", "ս", "տ", "ե", "փ", "Ж", "я", "ש", "م", "東", "🚀", "🇦🇿", "é");

  /** Estimate phrases, kept verbatim. */
  static final List<String> ESTIMATE_PHRASES =
      List.of(
          "dozens",
          "at least four",
          "32 others",
          "one civilian",
          "several hundred thousand residents",
          "около 30",
          "onlarla",
          "տասնյակ",
          "up to ten people",
          "~100 🚑");

  /** Absolute URIs, some with a query, a fragment or non-ASCII characters. */
  static final List<String> URIS =
      List.of(
          "https://www.trtworld.com/asia/azerbaijan-says-armenia-targets-cities-40380",
          "https://twitter.com/HikmetHajiyev/status/1312681234567890123",
          "https://www.facebook.com/shushan.stepanyan/posts/10158",
          "http://example.org/a?b=c&d=e#frag",
          "https://example.org/G%C9%99nc%C9%99",
          "urn:isbn:9780143127550",
          "mailto:press@mod.example",
          "https://example.org/path/with/trailing/");
}
