package dev.casus.core.geo;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A point on the earth in WGS 84 decimal degrees (the datum of GPS, GeoJSON and GeoNames), e.g.
 * the city of Ganja at {@code GeoPoint.of(40.6828, 46.3606)}.
 *
 * <p>Latitude comes first, as people write coordinates; GeoJSON (RFC 7946) writes longitude
 * first, which is the serializer's business. A negative zero is stored as zero, so that {@code
 * of(-0.0, 0.0)} equals {@code of(0.0, 0.0)}.
 */
@Value.Immutable
public abstract class GeoPoint {

  GeoPoint() {}

  /**
   * The point at this latitude and longitude.
   *
   * @param latitude degrees north (negative: south), in [-90, 90]
   * @param longitude degrees east (negative: west), in [-180, 180]
   * @return the point
   * @throws IllegalArgumentException if either coordinate is out of range, NaN or infinite
   */
  public static GeoPoint of(double latitude, double longitude) {
    return ImmutableGeoPoint.of(latitude, longitude);
  }

  /**
   * Degrees north of the equator (negative: south).
   *
   * @return the latitude, finite and in [-90, 90]
   */
  @Value.Parameter
  public abstract double latitude();

  /**
   * Degrees east of the prime meridian (negative: west).
   *
   * @return the longitude, finite and in [-180, 180]
   */
  @Value.Parameter
  public abstract double longitude();

  @Value.Check
  final GeoPoint check() {
    double latitude = latitude();
    double longitude = longitude();
    if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
      throw new IllegalArgumentException(
          "GeoPoint.latitude must be a finite number in [-90, 90], got " + latitude);
    }
    if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException(
          "GeoPoint.longitude must be a finite number in [-180, 180], got " + longitude);
    }
    if (isNegativeZero(latitude) || isNegativeZero(longitude)) {
      // adding positive zero turns -0.0 into 0.0 and leaves every other value unchanged
      return ImmutableGeoPoint.of(latitude + 0.0, longitude + 0.0);
    }
    return this;
  }

  private static boolean isNegativeZero(double d) {
    return Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(-0.0);
  }

  /**
   * The point as {@code "latitude,longitude"} in plain decimal notation, e.g. {@code
   * "40.6828,46.3606"}.
   *
   * @return latitude and longitude separated by a comma
   */
  @Override
  public final String toString() {
    return plain(latitude()) + "," + plain(longitude());
  }

  private static String plain(double d) {
    // BigDecimal.valueOf keeps the shortest digits of Double.toString; toPlainString avoids the
    // exponent (1.0E-5 becomes 0.000010), and the trailing zeros that leaves are dropped down to
    // one digit after the point (0.00001, 40.0).
    String s = BigDecimal.valueOf(d).toPlainString();
    if (s.indexOf('.') < 0) {
      return s;
    }
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s + "0" : s;
  }
}
