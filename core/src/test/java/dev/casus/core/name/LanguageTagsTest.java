package dev.casus.core.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.statement.StatementText;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The length bound of {@link LanguageTags}: long tags are rejected, never a StackOverflowError. */
class LanguageTagsTest {

  /** "x" plus 28 subtags "-abcdefgh" is 253 characters; the tail makes the length exact. */
  private static String privateUseTag(String tail) {
    return "x" + "-abcdefgh".repeat(28) + tail;
  }

  @Test
  void tagsOfExactlyTheMaximumLengthAreWellFormed() {
    String tag = privateUseTag("-ab");
    assertEquals(LanguageTags.MAX_LENGTH, tag.length());
    assertTrue(LanguageTags.isWellFormed(tag));
    assertEquals(Optional.of(tag), Name.of("Ganja", tag).language());
  }

  @Test
  void tagsOneCharacterLongerAreNot() {
    String tag = privateUseTag("-abc");
    assertEquals(LanguageTags.MAX_LENGTH + 1, tag.length());
    assertFalse(LanguageTags.isWellFormed(tag));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Name.of("Ganja", tag));
    assertEquals(
        "Name.language is not a well-formed BCP 47 language tag: longer than 256 characters (257)",
        e.getMessage());
  }

  /** Each of these overflowed the stack in the regular expression before the length check. */
  @ParameterizedTest
  @ValueSource(strings = {"x", "en-a-bb", "de-CH-1901-u", "en-US-x-ab"})
  void sixKilobyteTagsAreRejectedWithIllegalArgumentException(String start) {
    String tag = start + "-ab".repeat(2000);
    assertTrue(tag.length() > 6000);
    assertFalse(LanguageTags.isWellFormed(tag));
    IllegalArgumentException name =
        assertThrows(IllegalArgumentException.class, () -> Name.of("Ganja", tag));
    assertTrue(name.getMessage().startsWith("Name.language "), name.getMessage());
    assertTrue(name.getMessage().contains("(" + tag.length() + ")"), name.getMessage());
    IllegalArgumentException text =
        assertThrows(
            IllegalArgumentException.class,
            () -> StatementText.builder().from(StatementText.verbatim("no fire was opened")).language(tag).build());
    assertTrue(text.getMessage().startsWith("StatementText.language "), text.getMessage());
  }

  @Test
  void theCheckNamesOwnerAndFieldWithoutEchoingAHugeTag() {
    String tag = "en" + "-abcde".repeat(1000);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LanguageTags.check("Owner", "lang", tag));
    assertTrue(e.getMessage().startsWith("Owner.lang "), e.getMessage());
    assertTrue(e.getMessage().length() < 200, e.getMessage());
  }
}
