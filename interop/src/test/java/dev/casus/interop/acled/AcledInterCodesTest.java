package dev.casus.interop.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcledInterCodesTest {

  @Test
  void labelsAndCodesRoundTrip() {
    for (int code = 1; code <= 8; code++) {
      String label = AcledInterCodes.label(code);
      assertEquals(OptionalInt.of(code), AcledInterCodes.parse(label));
      assertEquals(OptionalInt.of(code), AcledInterCodes.parse(Integer.toString(code)));
    }
    assertEquals(OptionalInt.of(1), AcledInterCodes.parse("State Forces"));
    assertEquals(OptionalInt.of(2), AcledInterCodes.parse("Rebel groups"));
    assertEquals(OptionalInt.of(8), AcledInterCodes.parse("External/Other forces"));
    assertEquals(OptionalInt.of(0), AcledInterCodes.parse("0"));
    assertEquals(OptionalInt.empty(), AcledInterCodes.parse("Soldiers"));
    assertEquals(OptionalInt.empty(), AcledInterCodes.parse("9"));
  }

  @Test
  void everyInteractionCodeHasOneLabelThatReadsBack() {
    Set<String> labels = new HashSet<>();
    int count = 0;
    for (int a = 1; a <= 8; a++) {
      for (int b = 0; b <= 8; b++) {
        if (b != 0 && b < a) {
          continue;
        }
        int code = AcledInterCodes.interaction(a, b);
        assertEquals(code, AcledInterCodes.interaction(b == 0 ? a : b, b == 0 ? 0 : a));
        String label = AcledInterCodes.interactionLabel(code);
        assertTrue(labels.add(label), label);
        assertEquals(OptionalInt.of(code), AcledInterCodes.parseInteraction(label), label);
        assertEquals(OptionalInt.of(code), AcledInterCodes.parseInteraction(Integer.toString(code)));
        count++;
      }
    }
    assertEquals(44, count);
    assertEquals("State forces-External/Other forces", AcledInterCodes.interactionLabel(18));
    assertEquals("Protesters only", AcledInterCodes.interactionLabel(60));
    assertEquals("External/Other forces-Civilians", AcledInterCodes.interactionLabel(78));
    assertEquals(18, AcledInterCodes.interaction(8, 1));
  }

  @Test
  void badCodesAreRefused() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> AcledInterCodes.label(9))
            .getMessage()
            .contains("9"));
    assertThrows(IllegalArgumentException.class, () -> AcledInterCodes.interactionLabel(21));
    assertThrows(IllegalArgumentException.class, () -> AcledInterCodes.interaction(0, 1));
    assertEquals(OptionalInt.empty(), AcledInterCodes.parseInteraction("21"));
    assertEquals(OptionalInt.empty(), AcledInterCodes.parseInteraction("Rebels only"));
  }
}
