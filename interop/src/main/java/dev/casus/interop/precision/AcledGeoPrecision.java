package dev.casus.interop.precision;

import dev.casus.core.geo.LocationPrecision;

/**
 * ACLED's {@code geo_precision} and Casus {@link LocationPrecision}.
 *
 * <table>
 *   <caption>ACLED geo_precision</caption>
 *   <tr><th>code</th><th>ACLED meaning</th><th>Casus</th></tr>
 *   <tr><td>1</td><td>the source names the town or exact location</td><td>{@link
 *       LocationPrecision#EXACT}</td></tr>
 *   <tr><td>2</td><td>near a town, or in a part of a region; coded at the nearest town</td><td>{@link
 *       LocationPrecision#NEAR}</td></tr>
 *   <tr><td>3</td><td>only a larger region is known; coded at its capital</td><td>{@link
 *       LocationPrecision#REGION}</td></tr>
 * </table>
 *
 * <p>Casus to ACLED: {@link LocationPrecision#DISTRICT}, {@link LocationPrecision#COUNTRY} and
 * {@link LocationPrecision#INTERNATIONAL} are coarser than ACLED's 2 and have no code of their
 * own; they are written as 3, ACLED's coarsest. Reading them back gives {@code REGION}.
 */
public final class AcledGeoPrecision {

  /** The finest code (1). */
  public static final int MIN = 1;

  /** The coarsest code (3). */
  public static final int MAX = 3;

  private AcledGeoPrecision() {}

  /**
   * The Casus precision of an ACLED {@code geo_precision} code.
   *
   * @param code 1, 2 or 3
   * @return {@code EXACT}, {@code NEAR} or {@code REGION}
   * @throws IllegalArgumentException if {@code code} is not 1, 2 or 3
   */
  public static LocationPrecision toCasus(int code) {
    return switch (code) {
      case 1 -> LocationPrecision.EXACT;
      case 2 -> LocationPrecision.NEAR;
      case 3 -> LocationPrecision.REGION;
      default ->
          throw new IllegalArgumentException(
              "ACLED geo_precision must be 1, 2 or 3, got " + code);
    };
  }

  /**
   * The ACLED {@code geo_precision} code for a Casus precision.
   *
   * @param precision the Casus precision
   * @return 1 for {@code EXACT}, 2 for {@code NEAR}, 3 for everything coarser
   */
  public static int fromCasus(LocationPrecision precision) {
    return switch (precision) {
      case EXACT -> 1;
      case NEAR -> 2;
      case DISTRICT, REGION, COUNTRY, INTERNATIONAL -> 3;
    };
  }

  /**
   * Whether ACLED and Casus agree exactly on this precision, so that Casus to ACLED to Casus gives
   * it back.
   *
   * @param precision the Casus precision
   * @return true for {@code EXACT}, {@code NEAR} and {@code REGION}
   */
  public static boolean isExact(LocationPrecision precision) {
    return toCasus(fromCasus(precision)) == precision;
  }
}
