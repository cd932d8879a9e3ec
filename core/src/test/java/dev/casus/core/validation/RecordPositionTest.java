package dev.casus.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RecordPositionTest {

  @Test
  void inADocument() {
    RecordPosition p = RecordPosition.inDocument("/incidents/3", 17);
    assertEquals("/incidents/3", p.pointer());
    assertEquals(17, p.ordinal());
    assertEquals(OptionalLong.empty(), p.line());
    assertEquals("/incidents/3", p.describe());
  }

  @Test
  void onALineOfJsonLines() {
    RecordPosition p = RecordPosition.onLine(17);
    assertEquals("", p.pointer());
    assertEquals(17, p.ordinal());
    assertEquals(OptionalLong.of(17), p.line());
    assertEquals("line 17", p.describe());
  }

  @Test
  void aPointerMustStartWithASlash() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RecordPosition.inDocument("incidents/3", 0));
    assertEquals(
        "RecordPosition.pointer must be empty or start with '/', got \"incidents/3\"",
        e.getMessage());
  }

  @Test
  void theOrdinalMustNotBeNegative() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RecordPosition.inDocument("/incidents/3", -1));
    assertEquals("RecordPosition.ordinal must be >= 0, got -1", e.getMessage());
  }

  @Test
  void lineNumbersStartAtOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RecordPosition.onLine(0));
    assertEquals("RecordPosition.line must be >= 1, got 0", e.getMessage());
  }

  @Test
  void aPositionMustSaySomething() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RecordPosition.builder().pointer("").ordinal(0).build());
    assertEquals(
        "RecordPosition needs a line or a non-empty pointer to say where the record is",
        e.getMessage());
  }
}
