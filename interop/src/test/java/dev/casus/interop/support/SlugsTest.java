package dev.casus.interop.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void namesBecomeLowerCaseAsciiWithHyphens() {
    assertEquals(
        "military-forces-of-azerbaijan-2003",
        Slugs.slug("Military Forces of Azerbaijan (2003-)", 60));
    assertEquals("gence", Slugs.slug("Gəncə", 60));
    assertEquals("lodz", Slugs.slug("Łódź", 60));
    assertEquals("sao-tome", Slugs.slug("São Tomé", 60));
    assertEquals("military-forces", Slugs.slug("Military Forces of Azerbaijan", 16));
  }

  @Test
  void namesWithoutLatinLettersGetAStableHash() {
    String a = Slugs.slug("Երևան", 60);
    assertTrue(a.matches("h[0-9a-f]{10}"), a);
    assertEquals(a, Slugs.slug("Երևան", 60));
    assertNotEquals(a, Slugs.slug("Գյումրի", 60));
  }
}
