package dev.casus.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeoPointTest {

  @Test
  void ganja() {
    GeoPoint ganja = GeoPoint.of(40.6828, 46.3606);
    assertEquals(40.6828, ganja.latitude());
    assertEquals(46.3606, ganja.longitude());
    assertEquals("40.6828,46.3606", ganja.toString());
  }

  @Test
  void southernAndWesternHemispheres() {
    GeoPoint p = GeoPoint.of(-33.8688, -70.6693);
    assertEquals(-33.8688, p.latitude());
    assertEquals(-70.6693, p.longitude());
    assertEquals("-33.8688,-70.6693", p.toString());
  }

  @Test
  void boundsAreInclusive() {
    assertEquals("90.0,180.0", GeoPoint.of(90, 180).toString());
    assertEquals("-90.0,-180.0", GeoPoint.of(-90, -180).toString());
  }

  @Test
  void toStringUsesPlainDecimalNotation() {
    assertEquals("0.00001,-0.000123", GeoPoint.of(1e-5, -1.23e-4).toString());
    assertEquals("0.0,0.0", GeoPoint.of(0, 0).toString());
    assertEquals("40.0,46.5", GeoPoint.of(40, 46.5).toString());
  }

  @Test
  void negativeZeroIsStoredAsZero() {
    GeoPoint p = GeoPoint.of(-0.0, -0.0);
    assertEquals(GeoPoint.of(0.0, 0.0), p);
    assertEquals(GeoPoint.of(0.0, 0.0).hashCode(), p.hashCode());
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(p.latitude()));
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(p.longitude()));
    assertEquals("0.0,0.0", p.toString());
    assertEquals(GeoPoint.of(0.0, 12.5), ImmutableGeoPoint.builder().latitude(-0.0).longitude(12.5).build());
  }

  @Test
  void equalsAndHashCode() {
    assertEquals(GeoPoint.of(40.6828, 46.3606), GeoPoint.of(40.6828, 46.3606));
    assertEquals(GeoPoint.of(40.6828, 46.3606).hashCode(), GeoPoint.of(40.6828, 46.3606).hashCode());
    assertNotEquals(GeoPoint.of(40.6828, 46.3606), GeoPoint.of(46.3606, 40.6828));
    assertNotEquals(GeoPoint.of(40.6828, 46.3606), GeoPoint.of(40.6828, 46.3607));
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {
        90.0001, -90.0001, 91, -91, 180, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE
      })
  void latitudeOutOfRangeIsRejected(double latitude) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(latitude, 46.3606));
    assertTrue(e.getMessage().startsWith("GeoPoint.latitude"), e.getMessage());
    assertTrue(e.getMessage().endsWith("got " + latitude), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {
        180.0001, -180.0001, 181, -360, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY
      })
  void longitudeOutOfRangeIsRejected(double longitude) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(40.6828, longitude));
    assertTrue(e.getMessage().startsWith("GeoPoint.longitude"), e.getMessage());
    assertTrue(e.getMessage().endsWith("got " + longitude), e.getMessage());
  }

  @Test
  void builderChecksToo() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ImmutableGeoPoint.builder().latitude(91).longitude(0).build());
    assertTrue(e.getMessage().contains("GeoPoint.latitude"), e.getMessage());
  }
}
