package dev.casus.interop.precision;

import dev.casus.core.geo.LocationPrecision;

/**
 * UCDP GED's {@code where_prec} and Casus {@link LocationPrecision}.
 *
 * <table>
 *   <caption>UCDP GED where_prec</caption>
 *   <tr><th>code</th><th>UCDP meaning</th><th>Casus</th></tr>
 *   <tr><td>1</td><td>exact location</td><td>{@link LocationPrecision#EXACT}</td></tr>
 *   <tr><td>2</td><td>within about 25 km of a known point</td><td>{@link
 *       LocationPrecision#NEAR}</td></tr>
 *   <tr><td>3</td><td>a second-order administrative division (ADM2)</td><td>{@link
 *       LocationPrecision#DISTRICT}</td></tr>
 *   <tr><td>4</td><td>a first-order administrative division (ADM1)</td><td>{@link
 *       LocationPrecision#REGION}</td></tr>
 *   <tr><td>5</td><td>a linear feature (a road, a river, a front) or a fuzzy area larger than ADM2
 *       </td><td>{@link LocationPrecision#REGION}</td></tr>
 *   <tr><td>6</td><td>only the country</td><td>{@link LocationPrecision#COUNTRY}</td></tr>
 *   <tr><td>7</td><td>international waters or airspace</td><td>{@link
 *       LocationPrecision#INTERNATIONAL}</td></tr>
 * </table>
 *
 * <p>Code 5 has no Casus precision of its own; it reads as {@code REGION}, which writes back as 4.
 * The GED converter keeps a 5 in an extension so that the row still round-trips.
 */
public final class UcdpWherePrecision {

  /** The finest code (1). */
  public static final int MIN = 1;

  /** The coarsest code (7). */
  public static final int MAX = 7;

  private UcdpWherePrecision() {}

  /**
   * The Casus precision of a UCDP {@code where_prec} code.
   *
   * @param code 1 to 7
   * @return the precision
   * @throws IllegalArgumentException if {@code code} is not between 1 and 7
   */
  public static LocationPrecision toCasus(int code) {
    return switch (code) {
      case 1 -> LocationPrecision.EXACT;
      case 2 -> LocationPrecision.NEAR;
      case 3 -> LocationPrecision.DISTRICT;
      case 4, 5 -> LocationPrecision.REGION;
      case 6 -> LocationPrecision.COUNTRY;
      case 7 -> LocationPrecision.INTERNATIONAL;
      default ->
          throw new IllegalArgumentException(
              "UCDP where_prec must be between 1 and 7, got " + code);
    };
  }

  /**
   * The UCDP {@code where_prec} code for a Casus precision.
   *
   * @param precision the Casus precision
   * @return 1, 2, 3, 4, 6 or 7 (never 5)
   */
  public static int fromCasus(LocationPrecision precision) {
    return switch (precision) {
      case EXACT -> 1;
      case NEAR -> 2;
      case DISTRICT -> 3;
      case REGION -> 4;
      case COUNTRY -> 6;
      case INTERNATIONAL -> 7;
    };
  }
}
