package dev.casus.interop.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.geo.LocationPrecision;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcledGeoPrecisionTest {

  @Test
  void everyAcledCodeReadsAndWritesBack() {
    Map<Integer, LocationPrecision> expected =
        Map.of(1, LocationPrecision.EXACT, 2, LocationPrecision.NEAR, 3, LocationPrecision.REGION);
    for (int code = AcledGeoPrecision.MIN; code <= AcledGeoPrecision.MAX; code++) {
      LocationPrecision p = AcledGeoPrecision.toCasus(code);
      assertEquals(expected.get(code), p, "code " + code);
      assertEquals(code, AcledGeoPrecision.fromCasus(p), "code " + code + " back");
    }
  }

  @Test
  void everyCasusPrecisionHasACodeAndCoarseOnesBecomeThree() {
    Map<LocationPrecision, Integer> expected =
        Map.of(
            LocationPrecision.EXACT, 1,
            LocationPrecision.NEAR, 2,
            LocationPrecision.DISTRICT, 3,
            LocationPrecision.REGION, 3,
            LocationPrecision.COUNTRY, 3,
            LocationPrecision.INTERNATIONAL, 3);
    for (LocationPrecision p : LocationPrecision.values()) {
      assertEquals(expected.get(p), AcledGeoPrecision.fromCasus(p), p.name());
    }
    assertTrue(AcledGeoPrecision.isExact(LocationPrecision.REGION));
    assertFalse(AcledGeoPrecision.isExact(LocationPrecision.DISTRICT));
    assertFalse(AcledGeoPrecision.isExact(LocationPrecision.COUNTRY));
  }

  @Test
  void codesOutsideOneToThreeAreRefusedNamingTheColumn() {
    for (int code : new int[] {0, 4, -1, 99}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> AcledGeoPrecision.toCasus(code));
      assertTrue(e.getMessage().contains("geo_precision"), e.getMessage());
      assertTrue(e.getMessage().contains(Integer.toString(code)), e.getMessage());
    }
  }
}
