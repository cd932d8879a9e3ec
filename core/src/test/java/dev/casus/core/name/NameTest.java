package dev.casus.core.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameTest {

  private static IllegalArgumentException rejected(org.junit.jupiter.api.function.Executable e) {
    return assertThrows(IllegalArgumentException.class, e);
  }

  @Test
  void seedSpellingsOfAliyevAreDistinctNames() {
    Name ilham = Name.of("Ilham Aliyev");
    Name ilkham = Name.of("Ilkham Aliyev", "en");
    assertEquals("Ilham Aliyev", ilham.text());
    assertEquals(Optional.empty(), ilham.language());
    assertEquals("Ilkham Aliyev", ilkham.text());
    assertEquals(Optional.of("en"), ilkham.language());
    assertNotEquals(ilham, Name.of("Ilkham Aliyev"));
    assertNotEquals(Name.of("Ilkham Aliyev"), ilkham);
  }

  @Test
  void seedNamesOfKarabakh() {
    assertEquals("Nagorno-Karabakh", Name.of("Nagorno-Karabakh").toString());
    assertEquals("Upper Karabakh@en", Name.of("Upper Karabakh", "en").toString());
    assertEquals("Լեռնային Ղարաբաղ@hy", Name.of("Լեռնային Ղարաբաղ", "hy").toString());
    assertEquals("İlham Əliyev@az-Latn", Name.of("İlham Əliyev", "az-Latn").toString());
  }

  @Test
  void textIsKeptVerbatim() {
    assertEquals("  Ganja ", Name.of("  Ganja ").text());
    assertEquals("GANJA", Name.of("GANJA").text());
    assertNotEquals(Name.of("Ganja"), Name.of("GANJA"));
  }

  @Test
  void equalsAndHashCode() {
    assertEquals(Name.of("Ganja", "en"), Name.of("Ganja", "en"));
    assertEquals(Name.of("Ganja", "en").hashCode(), Name.of("Ganja", "en").hashCode());
    assertNotEquals(Name.of("Ganja", "en"), Name.of("Ganja", "az"));
    assertNotEquals(Name.of("Ganja", "en"), Name.of("Ganja"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "en", "az", "hy", "ru", "az-Latn", "az-Cyrl-AZ", "en-US", "zh-Hant-TW", "und",
        "es-419", "de-CH-1901", "sl-rozaj-biske", "zh-yue-HK", "zh-min-nan", "hy-Latn-IT-arevela",
        "en-US-u-islamcal", "en-a-bbb-x-a-ccc", "x-whatever", "qaa-Qaaa-QM-x-southern", "ast"
      })
  void wellFormedLanguageTagsAreAccepted(String tag) {
    assertEquals(Optional.of(tag), Name.of("Ganja", tag).language());
  }

  @ParameterizedTest
  @CsvSource({
    "EN, en",
    "en-us, en-US",
    "AZ-cyrl-az, az-Cyrl-AZ",
    "ZH-HANT-TW, zh-Hant-TW",
    "UND, und",
    "es-419, es-419",
    "DE-ch-1901, de-CH-1901",
    "en-US-X-AB-Latn, en-US-x-ab-latn",
    "X-Whatever, x-whatever"
  })
  void languageTagsAreStoredInConventionalCase(String written, String stored) {
    Name name = Name.of("Ganja", written);
    assertEquals(Optional.of(stored), name.language());
    assertEquals(Name.of("Ganja", stored), name);
    assertEquals(
        Optional.of(stored), ImmutableName.builder().text("Ganja").language(written).build().language());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", " ", "english", "en_US", "e", "en--US", "123", " en", "en ", "en-", "-en",
        "i-klingon", "az-Latn-Cyrl", "en-a", "en-x", "en-a-b", "ab-abcdefghi", "énglish",
        "en-ÜS", "en-US-", "x", "abcd", "en-US-x-abcdefghi", "en-1"
      })
  void malformedLanguageTagsAreRejected(String tag) {
    IllegalArgumentException e = rejected(() -> Name.of("Ganja", tag));
    assertTrue(e.getMessage().startsWith("Name.language \"" + tag + "\""), e.getMessage());
    assertTrue(e.getMessage().contains("BCP 47"), e.getMessage());
  }

  @Test
  void languageTagCheckIsAlsoAppliedByTheBuilder() {
    IllegalArgumentException e =
        rejected(() -> ImmutableName.builder().text("Ganja").language("english").build());
    assertTrue(e.getMessage().contains("Name.language"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\u2003", "\u3000"})
  void blankTextIsRejected(String text) {
    IllegalArgumentException e = rejected(() -> Name.of(text));
    assertTrue(e.getMessage().startsWith("Name.text must not be blank"), e.getMessage());
  }

  @Test
  void whitespaceOnlyControlTextIsRejected() {
    IllegalArgumentException e = rejected(() -> Name.of("\t\n"));
    assertTrue(e.getMessage().startsWith("Name.text"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"'Gan\u0007ja', 3, 0007", "'Ganja\n', 5, 000A", "'\tGanja', 0, 0009", "'Gan\u009Fja', 3, 009F"})
  void controlCharactersAreRejected(String text, int index, String hex) {
    IllegalArgumentException e = rejected(() -> Name.of(text, "en"));
    assertEquals(
        "Name.text must not contain control characters, found U+" + hex + " at index " + index,
        e.getMessage());
  }

  @Test
  void textLengthIsCountedInCodePoints() {
    assertEquals(1000, Name.of("a".repeat(1000)).text().length());
    String thousandSupplementary = "\uD83C\uDFF3".repeat(1000);
    assertEquals(2000, Name.of(thousandSupplementary).text().length());
    IllegalArgumentException e = rejected(() -> Name.of("a".repeat(1001)));
    assertEquals("Name.text must be at most 1000 characters, got 1001", e.getMessage());
    rejected(() -> Name.of(thousandSupplementary + "a"));
  }

  @Test
  void nullsAreRejected() {
    assertThrows(NullPointerException.class, () -> Name.of(null));
    assertThrows(NullPointerException.class, () -> Name.of(null, "en"));
    assertThrows(NullPointerException.class, () -> Name.of("Ganja", null));
  }
}
