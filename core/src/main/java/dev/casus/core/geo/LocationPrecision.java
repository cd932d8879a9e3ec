package dev.casus.core.geo;

import dev.casus.core.code.CodeList;

/**
 * How exactly a {@link Location} pins down where an incident happened, from an exact spot to
 * somewhere in a country or outside any country.
 *
 * <p>Mapping from the two reference datasets:
 *
 * <table>
 *   <caption>ACLED geo_precision and UCDP GED where_prec to LocationPrecision</caption>
 *   <tr>
 *     <th>ACLED {@code geo_precision}</th><th>UCDP GED {@code where_prec}</th>
 *     <th>LocationPrecision</th>
 *   </tr>
 *   <tr>
 *     <td>1 (the exact town or location)</td><td>1 (exact location)</td>
 *     <td>{@link #EXACT}</td>
 *   </tr>
 *   <tr>
 *     <td>2 (near a town, or a part of a region)</td><td>2 (within about 25 km)</td>
 *     <td>{@link #NEAR}</td>
 *   </tr>
 *   <tr>
 *     <td>&mdash;</td><td>3 (second-order administrative division)</td>
 *     <td>{@link #DISTRICT}</td>
 *   </tr>
 *   <tr>
 *     <td>3 (a larger region; coded at its provincial capital)</td>
 *     <td>4 (first-order administrative division); 5 (a linear feature or a fuzzy area)</td>
 *     <td>{@link #REGION}</td>
 *   </tr>
 *   <tr><td>&mdash;</td><td>6 (the country)</td><td>{@link #COUNTRY}</td></tr>
 *   <tr>
 *     <td>&mdash;</td><td>7 (international waters or airspace)</td>
 *     <td>{@link #INTERNATIONAL}</td>
 *   </tr>
 * </table>
 *
 * <p>In the seed article the missile strike on Ganja is {@link #EXACT} (a named city). The
 * attacks on "the Khizi and Absheron regions" name administrative divisions, not towns: they are
 * {@link #REGION} if those rayons are coded as first-order divisions (as ISO 3166-2:AZ lists them,
 * {@code AZ-XIZ} and {@code AZ-ABS}), {@link #DISTRICT} if a hierarchy puts them one level lower.
 */
public enum LocationPrecision implements CodeList {

  /** The exact place is known: a named town, village or site (ACLED 1, UCDP 1). */
  EXACT,

  /**
   * Near a known place, or in a part of a region: within about 25 km (ACLED 2, UCDP 2), e.g.
   * "on the outskirts of Ganja".
   */
  NEAR,

  /** Somewhere in a second-order administrative division, typically a district (UCDP 3). */
  DISTRICT,

  /**
   * Somewhere in a first-order administrative division (a province or region), or along a linear
   * feature or within a fuzzy area such as a front line (ACLED 3; UCDP 4 and 5), e.g. "in
   * Nagorno-Karabakh".
   */
  REGION,

  /** Somewhere in a country, no more precisely (UCDP 6), e.g. "in Azerbaijan". */
  COUNTRY,

  /** Outside any country's land territory: international waters or airspace (UCDP 7). */
  INTERNATIONAL
}
