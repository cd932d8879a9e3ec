package dev.casus.interop.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.geo.LocationPrecision;
import org.junit.jupiter.api.Test;

class GdeltGeoTypeTest {

  @Test
  void everyGdeltCodeReadsAndWritesBackGivenWhetherItIsInTheUs() {
    for (int code = 1; code <= 5; code++) {
      LocationPrecision p = GdeltGeoType.toCasus(code);
      boolean us = code == 2 || code == 3;
      assertEquals(code, GdeltGeoType.fromCasus(p, us), "code " + code);
    }
    assertEquals(LocationPrecision.COUNTRY, GdeltGeoType.toCasus(1));
    assertEquals(LocationPrecision.REGION, GdeltGeoType.toCasus(5));
    assertEquals(LocationPrecision.EXACT, GdeltGeoType.toCasus(4));
  }

  @Test
  void everyCasusPrecisionHasAGdeltCode() {
    for (LocationPrecision p : LocationPrecision.values()) {
      int code = GdeltGeoType.fromCasus(p, false);
      assertTrue(code == 1 || code == 4 || code == 5, p + " -> " + code);
    }
    assertEquals(4, GdeltGeoType.fromCasus(LocationPrecision.NEAR, false));
    assertEquals(5, GdeltGeoType.fromCasus(LocationPrecision.DISTRICT, false));
    assertEquals(1, GdeltGeoType.fromCasus(LocationPrecision.INTERNATIONAL, false));
  }

  @Test
  void unknownCodesAreRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GdeltGeoType.toCasus(6));
    assertTrue(e.getMessage().contains("6"), e.getMessage());
  }
}
