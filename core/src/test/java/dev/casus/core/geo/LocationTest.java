package dev.casus.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.territory.TerritoryId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocationTest {

  private static final TerritoryId GANJA = TerritoryId.of("ganja");
  private static final GeoPoint GANJA_POINT = GeoPoint.of(40.6828, 46.3606);

  @Test
  void byTerritoryOnly() {
    Location khizi = Location.of(TerritoryId.of("khizi"), LocationPrecision.REGION);
    assertEquals(Optional.of(TerritoryId.of("khizi")), khizi.territory());
    assertEquals(Optional.empty(), khizi.point());
    assertEquals(LocationPrecision.REGION, khizi.precision());
    assertEquals(Optional.empty(), khizi.description());
  }

  @Test
  void byPointOnly() {
    Location near = Location.of(GANJA_POINT, LocationPrecision.NEAR);
    assertEquals(Optional.empty(), near.territory());
    assertEquals(Optional.of(GANJA_POINT), near.point());
    assertEquals(LocationPrecision.NEAR, near.precision());
  }

  @Test
  void seedStrikeOnDenseResidentialAreasOfGanja() {
    Location strike =
        Location.builder()
            .territory(GANJA)
            .point(GANJA_POINT)
            .precision(LocationPrecision.EXACT)
            .description("dense residential areas")
            .build();
    assertEquals(Optional.of(GANJA), strike.territory());
    assertEquals(Optional.of(GANJA_POINT), strike.point());
    assertEquals(LocationPrecision.EXACT, strike.precision());
    assertEquals(Optional.of("dense residential areas"), strike.description());
  }

  @Test
  void equalsAndHashCode() {
    assertEquals(
        Location.of(GANJA, LocationPrecision.EXACT), Location.of(GANJA, LocationPrecision.EXACT));
    assertEquals(
        Location.of(GANJA, LocationPrecision.EXACT).hashCode(),
        Location.of(GANJA, LocationPrecision.EXACT).hashCode());
    assertNotEquals(
        Location.of(GANJA, LocationPrecision.EXACT), Location.of(GANJA, LocationPrecision.NEAR));
    assertNotEquals(
        Location.of(GANJA, LocationPrecision.EXACT),
        Location.builder()
            .territory(GANJA)
            .precision(LocationPrecision.EXACT)
            .description("dense residential areas")
            .build());
    assertNotEquals(
        Location.of(GANJA, LocationPrecision.EXACT),
        Location.of(GANJA_POINT, LocationPrecision.EXACT));
  }

  @Test
  void neitherTerritoryNorPointIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Location.builder()
                    .precision(LocationPrecision.COUNTRY)
                    .description("somewhere")
                    .build());
    assertTrue(e.getMessage().contains("Location.territory"), e.getMessage());
    assertTrue(e.getMessage().contains("Location.point"), e.getMessage());
  }

  @Test
  void blankDescriptionIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Location.builder()
                    .territory(GANJA)
                    .precision(LocationPrecision.EXACT)
                    .description(" ")
                    .build());
    assertTrue(e.getMessage().contains("Location.description"), e.getMessage());
  }

  @Test
  void missingPrecisionIsRejected() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Location.builder().territory(GANJA).build());
    assertTrue(e.getMessage().contains("precision"), e.getMessage());
  }

  @Test
  void nullsAreRejected() {
    assertThrows(
        NullPointerException.class, () -> Location.of((TerritoryId) null, LocationPrecision.EXACT));
    assertThrows(
        NullPointerException.class, () -> Location.of((GeoPoint) null, LocationPrecision.EXACT));
    assertThrows(NullPointerException.class, () -> Location.of(GANJA, null));
    assertThrows(NullPointerException.class, () -> Location.of(GANJA_POINT, null));
  }
}
