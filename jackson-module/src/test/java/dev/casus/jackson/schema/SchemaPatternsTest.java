package dev.casus.jackson.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.casus.core.entity.IdGrammar;
import dev.casus.core.extension.Extensions;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.name.LanguageTags;
import dev.casus.core.name.Name;
import dev.casus.core.text.FreeText;
import dev.casus.core.time.EdtfParseException;
import dev.casus.core.time.EdtfTime;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The schema's patterns against the core model's own checks: where the schema can say exactly what
 * the model accepts, both must agree on every input tried; where it cannot (interval order, UTF-16
 * lengths), the schema may only be looser, and only there.
 */
class SchemaPatternsTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void idPatternAgreesWithTheIdGrammarOnEveryBmpCharacter() {
    List<String> disagreements = new ArrayList<>();
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String id = "a" + (char) c + "b";
      if (CasusSchemas.matchesPattern("Id", id) != IdGrammar.isValid(id)) {
        disagreements.add(String.format("U+%04X", c));
      }
    }
    assertEquals(List.of(), disagreements);
  }

  @Test
  void idLengthIsOneTo256() {
    assertFalse(CasusSchemas.accepts("Id", TextNode.valueOf("")));
    assertTrue(CasusSchemas.accepts("Id", TextNode.valueOf("a")));
    assertTrue(CasusSchemas.accepts("Id", TextNode.valueOf("a".repeat(256))));
    assertFalse(CasusSchemas.accepts("Id", TextNode.valueOf("a".repeat(257))));
    assertFalse(CasusSchemas.accepts("Id", TextNode.valueOf("act-aze\n")), "a trailing newline");
    // Documented looseness: the model counts UTF-16 code units, the schema code points.
    String emoji = "\uD83D\uDE00".repeat(200);
    assertFalse(IdGrammar.isValid(emoji));
    assertTrue(CasusSchemas.accepts("Id", TextNode.valueOf(emoji)));
  }

  @Test
  void extensionMemberNamesAgreeWithTheModel() {
    String pattern = SchemaTree.FEED.get("patternProperties").fieldNames().next();
    Predicate<String> schema = name -> CasusSchemas.REGEX.getRegularExpression(pattern).matches(name);
    List<String> names = new ArrayList<>(List.of("x-", "x-a", "X-a", "xa", "x-trt-section",
        "x-" + "a".repeat(254), "x-" + "a".repeat(255), "x-a b", "x-a\u00A0b", "x-a\u2007b",
        "x-a\u202Fb", "x-a\u3000b", "x-a\tb", "x-a\u0085b", "x-é", "x-\uD83D\uDE00", "a-x-b"));
    for (int c = 0; c <= 0xFFFF; c++) {
      if (!Character.isSurrogate((char) c)) {
        names.add("x-" + (char) c);
      }
    }
    List<String> disagreements = new ArrayList<>();
    for (String name : names) {
      if (schema.test(name) != Extensions.isExtensionName(name)) {
        disagreements.add(escape(name));
      }
    }
    assertEquals(List.of(), disagreements);
  }

  @Test
  void externalIdValuePatternsAgreeWithIdSchemeForEveryScheme() {
    Set<String> values = new LinkedHashSet<>(List.of("", "Q", "Q0", "Q1", "Q227", "Q0227", "q227",
        "Q12345678901234567890", "Q-1", "Q 1", "0", "1", "01", "587084", "0587084", "1234567890",
        "12345678901", "AZ", "az", "Az", "A", "AZE", "AZER", "AZ-GA", "AZ-G1", "AZ-123", "AZ-",
        "AZ-GAAA", "AZ-ga", "A1-GA", "ARM3351", "AB1", "ABCD123456789", "ABCDE1", "ARM",
        "ARM1234567890", "244657", "950124806", "-1", "+1", "1e3", " 1", "1 ", "١٢٣"));
    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    for (int k = -1000; k <= 1000; k++) {
      values.add(max.add(BigInteger.valueOf(k)).toString());
    }
    Random random = new Random(20201004);
    for (int i = 0; i < 5000; i++) {
      values.add(new BigInteger(64 + random.nextInt(3), random).toString());
      values.add(Long.toString(random.nextLong() & Long.MAX_VALUE));
    }
    List<String> disagreements = new ArrayList<>();
    for (IdScheme scheme : IdScheme.values()) {
      String pattern =
          SchemaTree.FEED.at("/$defs/ExternalId/allOf/" + scheme.ordinal() + "/then/properties/value/pattern")
              .asText();
      for (String value : values) {
        if (CasusSchemas.REGEX.getRegularExpression(pattern).matches(value) != scheme.isValid(value)) {
          disagreements.add(scheme.wireName() + ":" + value);
        }
      }
    }
    assertEquals(List.of(), disagreements);
    // and through the whole definition, scheme and value together
    assertTrue(CasusSchemas.accepts("ExternalId", externalId("wikidata", "Q227")));
    assertFalse(CasusSchemas.accepts("ExternalId", externalId("geonames", "Q227")));
    assertFalse(CasusSchemas.accepts("ExternalId", externalId("gdelt", "9223372036854775808")));
    assertTrue(CasusSchemas.accepts("ExternalId", externalId("gdelt", "9223372036854775807")));
  }

  @Test
  void languageTagPatternAgreesWithLanguageTags() {
    Set<String> tags = new LinkedHashSet<>(List.of("en", "EN", "az-Latn", "az-latn", "hy-AM",
        "zh-Hant-TW", "zh-yue-HK", "zh-yue-abc-def", "zh-yue-abc-def-ghi", "zh-min-nan-hak-Hant",
        "abc-def-ghi-jkl-Latn-419", "sl-rozaj-biske", "de-CH-1901", "en-US-x-twain", "x-whatever",
        "en-a-bbb-x-a-ccc", "az_Latn", "a", "abcd", "en-", "-en", "en--US", "i-klingon",
        "en-x", "x", "en-US-u", "123", "en-1234", "de-1996", "en-Latn-US-valencia", "é", "en US"));
    Random random = new Random(42);
    String alphabet = "aAzZxXlLtn019-_";
    for (int i = 0; i < 30000; i++) {
      StringBuilder s = new StringBuilder();
      int length = 1 + random.nextInt(14);
      for (int j = 0; j < length; j++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      tags.add(s.toString());
    }
    List<String> disagreements = new ArrayList<>();
    int accepted = 0;
    for (String tag : tags) {
      boolean model = LanguageTags.isWellFormed(tag);
      accepted += model ? 1 : 0;
      if (CasusSchemas.matchesPattern("LanguageTag", tag) != model) {
        disagreements.add(tag);
      }
    }
    assertEquals(List.of(), disagreements);
    assertTrue(accepted > 100, "the sample holds well-formed tags too: " + accepted);
  }

  @Test
  void edtfPatternAcceptsExactlyWhatTheParserAcceptsExceptIntervalOrder() {
    Set<String> candidates = new LinkedHashSet<>();
    List<String> days = new ArrayList<>();
    for (String year : List.of("0000", "1900", "1991", "2000", "2019", "2020", "2100", "9999")) {
      candidates.add(year);
      for (int month = 0; month <= 13; month++) {
        String ym = year + "-" + two(month);
        candidates.add(ym);
        for (int day = 0; day <= 32; day++) {
          String date = ym + "-" + two(day);
          candidates.add(date);
          if (day >= 27 && month >= 1 && month <= 12 || day == 1 && month == 10) {
            days.add(date);
          }
        }
      }
    }
    for (String date : List.copyOf(candidates)) {
      for (String q : List.of("?", "~", "%", "??", "x")) {
        candidates.add(date + q);
      }
    }
    for (String time : List.of("T00:00:00", "T23:59:59", "T24:00:00", "T10:15:60", "T10:60:00",
        "T10:15", "T10:15:00.5", "t10:15:00")) {
      for (String offset : List.of("", "Z", "z", "+04:00", "-04:00", "+00:00", "-00:00",
          "+00:01", "+18:00", "+18:01", "+19:00", "+04", "+0400", "Z?")) {
        candidates.add("2020-10-04" + time + offset);
        candidates.add("2019-02-29" + time + offset);
      }
    }
    List<String> ends = new ArrayList<>(List.of("", "..", "2020", "2020-10", "2020-10-04",
        "2020-10-04~", "2020-09-27?", "1991", "2020-10-04T10:15:00Z", "...", "."));
    ends.addAll(days.subList(0, 40));
    for (String start : ends) {
      for (String end : ends) {
        candidates.add(start + "/" + end);
      }
    }
    Random random = new Random(7);
    String alphabet = "0123456789-/.T:Z+?~%X ";
    for (int i = 0; i < 30000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(24);
      for (int j = 0; j < length; j++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      candidates.add(s.toString());
    }

    List<String> disagreements = new ArrayList<>();
    int accepted = 0;
    int looser = 0;
    for (String s : candidates) {
      boolean parser = parses(s);
      boolean schema = CasusSchemas.matchesPattern("Edtf", s);
      accepted += parser ? 1 : 0;
      if (parser == schema) {
        continue;
      }
      if (schema && isReversedInterval(s)) {
        looser++;
        continue;
      }
      disagreements.add(s + (parser ? " (parser accepts)" : " (schema accepts)"));
    }
    assertEquals(List.of(), disagreements);
    assertTrue(accepted > 1000, "accepted " + accepted);
    assertTrue(looser > 10, "the reversed intervals were tried: " + looser);
  }

  @Test
  void textDefinitionsAgreeWithTheModel() {
    List<String> texts = new ArrayList<>(List.of("Ganja", "Gəncə", " Ganja ", "a\tb", "a\nb",
        "a\rb", "a\u0000b", "a\u0007b", "a\u007Fb", "a\u0085b", "a\u009Fb", "a\u00A0b", "", " ",
        "\t\n", "\u3000", "\u00A0", "\u2007", "\u202F", "\u200B", "\uFEFF", "a".repeat(1000),
        "a".repeat(1001), "\uD83D\uDE00"));
    for (int c = 0; c < 0x3001; c++) {
      if (!Character.isSurrogate((char) c)) {
        texts.add(String.valueOf((char) c));
      }
    }
    List<String> disagreements = new ArrayList<>();
    for (String text : texts) {
      boolean freeText = succeeds(() -> FreeText.check("T", "f", text));
      boolean name = succeeds(() -> Name.of(text));
      boolean nonBlank = !text.isBlank();
      if (CasusSchemas.accepts("FreeText", TextNode.valueOf(text)) != freeText) {
        disagreements.add("FreeText " + escape(text));
      }
      if (CasusSchemas.accepts("NameText", TextNode.valueOf(text)) != name) {
        disagreements.add("NameText " + escape(text));
      }
      if (CasusSchemas.accepts("NonBlankText", TextNode.valueOf(text)) != nonBlank) {
        disagreements.add("NonBlankText " + escape(text));
      }
    }
    assertEquals(List.of(), disagreements);
  }

  @Test
  void instantPatternAcceptsWhatInstantToStringWritesAndNothingInstantParseRejects() {
    Random random = new Random(3);
    long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 20000; i++) {
      long seconds = min + (long) (random.nextDouble() * (max - min));
      int nanos = switch (i % 4) {
        case 0 -> 0;
        case 1 -> random.nextInt(1000) * 1_000_000;
        case 2 -> random.nextInt(1_000_000) * 1000;
        default -> random.nextInt(1_000_000_000);
      };
      String written = Instant.ofEpochSecond(seconds, nanos).toString();
      assertTrue(CasusSchemas.matchesPattern("Instant", written), written);
    }
    for (String s : List.of("2020-10-05T00:00:00Z", "2020-10-05T00:00:00.1Z",
        "2020-10-05T00:00:00.123456789Z", "2020-10-05T00:00:00.1234567890Z",
        "2020-10-05T00:00:00+00:00", "2020-10-05T00:00:00", "2020-10-05", "2020-02-30T00:00:00Z",
        "2020-10-05t00:00:00z", "2020-10-05T24:00:00Z", "2020-10-05T00:00Z")) {
      if (CasusSchemas.matchesPattern("Instant", s)) {
        assertTrue(succeeds(() -> Instant.parse(s)), s);
      }
    }
    assertFalse(CasusSchemas.matchesPattern("Instant", "2020-10-05T00:00:00+02:00"), "UTC only");
  }

  @Test
  void countBoundsAreZeroTo2Pow53Minus1() {
    assertTrue(CasusSchemas.accepts("Count", NODES.numberNode(0)));
    assertTrue(CasusSchemas.accepts("Count", NODES.numberNode(9007199254740991L)));
    assertFalse(CasusSchemas.accepts("Count", NODES.numberNode(9007199254740992L)));
    assertFalse(CasusSchemas.accepts("Count", NODES.numberNode(-1)));
    assertFalse(CasusSchemas.accepts("Count", NODES.numberNode(1.5)));
    assertFalse(CasusSchemas.accepts("Count", NODES.textNode("1")));
    assertTrue(CasusSchemas.accepts("Estimate", NODES.numberNode(32)));
    assertFalse(CasusSchemas.accepts("Estimate", CasusSchemas.json("{\"best\":30}")), "low is required");
    assertTrue(CasusSchemas.accepts("Estimate", CasusSchemas.json("{\"low\":0,\"best\":30}")));
    assertFalse(CasusSchemas.accepts("Estimate", CasusSchemas.json("{\"low\":1,\"text\":\" \"}")));
  }

  @Test
  void coordinatesAreBoundedInclusively() {
    assertTrue(CasusSchemas.accepts("GeoPoint", CasusSchemas.json("{\"latitude\":-90,\"longitude\":180}")));
    assertTrue(CasusSchemas.accepts("GeoPoint", CasusSchemas.json("{\"latitude\":90,\"longitude\":-180}")));
    assertFalse(CasusSchemas.accepts("GeoPoint", CasusSchemas.json("{\"latitude\":90.000001,\"longitude\":0}")));
    assertFalse(CasusSchemas.accepts("GeoPoint", CasusSchemas.json("{\"latitude\":0,\"longitude\":-180.5}")));
    assertFalse(CasusSchemas.accepts("GeoPoint", CasusSchemas.json("{\"latitude\":\"40\",\"longitude\":46}")));
  }

  @AfterAll
  static void nothingWasFetchedFromTheNetwork() {
    assertEquals(List.of(), CasusSchemas.remoteFetches());
  }

  private static JsonNode externalId(String scheme, String value) {
    return NODES.objectNode().put("scheme", scheme).put("value", value);
  }

  private static boolean parses(String s) {
    try {
      EdtfTime.parse(s);
      return true;
    } catch (EdtfParseException e) {
      return false;
    }
  }

  /** An interval of two dates that the parser reads once its ends are swapped. */
  private static boolean isReversedInterval(String s) {
    int slash = s.indexOf('/');
    if (slash <= 0 || slash == s.length() - 1) {
      return false;
    }
    String start = s.substring(0, slash);
    String end = s.substring(slash + 1);
    return !start.equals("..") && !end.equals("..") && parses(end + "/" + start);
  }

  private static boolean succeeds(Runnable r) {
    try {
      r.run();
      return true;
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return false;
    }
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (c < 0x20 || c > 0x7E) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.append((char) c);
      }
    });
    return out.toString();
  }
}
