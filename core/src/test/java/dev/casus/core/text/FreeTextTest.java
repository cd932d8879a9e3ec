package dev.casus.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FreeTextTest {

  @Test
  void acceptsMultilineTextWithTabs() {
    assertEquals("a\tb\nc\r\n", FreeText.check("Incident", "summary", "a\tb\nc\r\n"));
  }

  @Test
  void rejectsBlankTextNamingTheField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FreeText.check("Incident", "summary", " \n"));
    assertEquals("Incident.summary must not be blank", e.getMessage());
  }

  @Test
  void rejectsControlCharactersNamingTheIndex() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> FreeText.check("Source", "title", "ab\u0007"));
    assertEquals(
        "Source.title must not contain control characters, found U+0007 at index 2", e.getMessage());
  }

  @Test
  void rejectsOverlongText() {
    String tooLong = "x".repeat(FreeText.MAX_LENGTH + 1);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> FreeText.check("Actor", "description", tooLong));
    assertEquals("Actor.description must be at most 100000 characters, got 100001", e.getMessage());
  }
}
