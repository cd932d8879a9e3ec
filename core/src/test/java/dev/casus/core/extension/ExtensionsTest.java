package dev.casus.core.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtensionsTest {

  @Test
  void extensionNamesStartWithXDash() {
    assertTrue(Extensions.isExtensionName("x-acled-interaction"));
    assertFalse(Extensions.isExtensionName("x-"));
    assertFalse(Extensions.isExtensionName("acled"));
    assertFalse(Extensions.isExtensionName("X-upper"));
    assertFalse(Extensions.isExtensionName("x-with space"));
    assertFalse(Extensions.isExtensionName("x-" + "a".repeat(255)));
  }

  @Test
  void checkNamesTheOwnerAndTheBadMember() {
    IllegalArgumentException name =
        assertThrows(
            IllegalArgumentException.class, () -> Extensions.check("Incident", Map.of("note", "1")));
    assertEquals(
        "Incident.extensions member name must start with \"x-\" and hold no whitespace, got \"note\"",
        name.getMessage());
    IllegalArgumentException value =
        assertThrows(
            IllegalArgumentException.class, () -> Extensions.check("Feed", Map.of("x-a", " ")));
    assertEquals(
        "Feed.extensions[\"x-a\"] must be JSON text, got a blank string", value.getMessage());
  }
}
