package dev.casus.interop.precision;

import dev.casus.core.geo.LocationPrecision;

/**
 * GDELT's geographic feature type ({@code ActionGeo_Type}, {@code Actor1Geo_Type}, ...) and Casus
 * {@link LocationPrecision}.
 *
 * <table>
 *   <caption>GDELT geo type</caption>
 *   <tr><th>code</th><th>GDELT meaning</th><th>Casus</th></tr>
 *   <tr><td>1</td><td>COUNTRY: matched to a country only</td><td>{@link
 *       LocationPrecision#COUNTRY}</td></tr>
 *   <tr><td>2</td><td>USSTATE: a US state</td><td>{@link LocationPrecision#REGION}</td></tr>
 *   <tr><td>3</td><td>USCITY: a US city or landmark</td><td>{@link LocationPrecision#EXACT}</td></tr>
 *   <tr><td>4</td><td>WORLDCITY: a city or landmark outside the US</td><td>{@link
 *       LocationPrecision#EXACT}</td></tr>
 *   <tr><td>5</td><td>WORLDSTATE: a first-order division outside the US</td><td>{@link
 *       LocationPrecision#REGION}</td></tr>
 * </table>
 *
 * <p>GDELT's codes mix precision with whether the place is in the United States. Casus keeps the
 * precision only, so 2 and 3 read as 5 and 4 when written back, unless the caller says the place
 * is in the US ({@link #fromCasus(LocationPrecision, boolean)}).
 */
public final class GdeltGeoType {

  private GdeltGeoType() {}

  /**
   * The Casus precision of a GDELT geo type.
   *
   * @param code 1 to 5
   * @return the precision
   * @throws IllegalArgumentException if {@code code} is not between 1 and 5
   */
  public static LocationPrecision toCasus(int code) {
    return switch (code) {
      case 1 -> LocationPrecision.COUNTRY;
      case 2, 5 -> LocationPrecision.REGION;
      case 3, 4 -> LocationPrecision.EXACT;
      default ->
          throw new IllegalArgumentException("GDELT geo type must be between 1 and 5, got " + code);
    };
  }

  /**
   * The GDELT geo type for a Casus precision. {@code NEAR} is written as a city (GDELT has no
   * "near"), {@code DISTRICT} as a first-order division (GDELT has no second-order one), and
   * {@code INTERNATIONAL} as a country match (GDELT has nothing finer for the high seas).
   *
   * @param precision the Casus precision
   * @param inUnitedStates whether the place lies in the US (codes 2 and 3 instead of 5 and 4)
   * @return the geo type, 1 to 5
   */
  public static int fromCasus(LocationPrecision precision, boolean inUnitedStates) {
    return switch (precision) {
      case EXACT, NEAR -> inUnitedStates ? 3 : 4;
      case DISTRICT, REGION -> inUnitedStates ? 2 : 5;
      case COUNTRY, INTERNATIONAL -> 1;
    };
  }
}
