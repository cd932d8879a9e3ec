package dev.casus.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the EDTF parser: whatever the input, {@link EdtfTime#parse} either returns a value that
 * prints back to the same canonical string or throws {@link EdtfParseException}; nothing else
 * escapes. Without {@code JAZZER_FUZZ=1} this replays the committed corpus in {@code
 * src/test/resources/dev/casus/core/time/EdtfFuzzTestInputs/}.
 */
class EdtfFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parseEitherRoundTripsOrFailsWithAPosition(byte[] input) {
    String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    EdtfTime parsed;
    try {
      parsed = EdtfTime.parse(text);
    } catch (EdtfParseException e) {
      if (e.position() < 0 || e.position() > text.length()) {
        throw new AssertionError("position out of range: " + e.position() + " for " + text, e);
      }
      return;
    }
    assertEquals(text, parsed.toEdtf());
    assertEquals(parsed, EdtfTime.parse(parsed.toEdtf()));
  }
}
