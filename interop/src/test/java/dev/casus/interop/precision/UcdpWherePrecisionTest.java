package dev.casus.interop.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.geo.LocationPrecision;
import java.util.List;
import org.junit.jupiter.api.Test;

class UcdpWherePrecisionTest {

  @Test
  void everyUcdpCodeReadsAndAllButFiveWriteBack() {
    List<LocationPrecision> expected =
        List.of(
            LocationPrecision.EXACT,
            LocationPrecision.NEAR,
            LocationPrecision.DISTRICT,
            LocationPrecision.REGION,
            LocationPrecision.REGION,
            LocationPrecision.COUNTRY,
            LocationPrecision.INTERNATIONAL);
    for (int code = UcdpWherePrecision.MIN; code <= UcdpWherePrecision.MAX; code++) {
      LocationPrecision p = UcdpWherePrecision.toCasus(code);
      assertEquals(expected.get(code - 1), p, "code " + code);
      int back = UcdpWherePrecision.fromCasus(p);
      assertEquals(code == 5 ? 4 : code, back, "code " + code + " back");
    }
  }

  @Test
  void everyCasusPrecisionWritesACodeThatReadsBackToIt() {
    for (LocationPrecision p : LocationPrecision.values()) {
      int code = UcdpWherePrecision.fromCasus(p);
      assertTrue(code >= 1 && code <= 7 && code != 5, p + " -> " + code);
      assertEquals(p, UcdpWherePrecision.toCasus(code), p.name());
    }
  }

  @Test
  void codesOutsideOneToSevenAreRefused() {
    for (int code : new int[] {0, 8, -3}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> UcdpWherePrecision.toCasus(code));
      assertTrue(e.getMessage().contains("where_prec"), e.getMessage());
    }
  }
}
