package dev.casus.core.territory;

import dev.casus.core.code.CodeList;

/**
 * What sort of place a {@code Territory} is, on the administrative ladder country &gt; region &gt;
 * district &gt; subdistrict &gt; city or locality, or outside it (an informal or disputed area).
 * The ladder follows ACLED's {@code country}, {@code admin1}, {@code admin2}, {@code admin3} and
 * {@code location} columns; {@link #level()} gives each kind's rung.
 */
public enum TerritoryKind implements CodeList {
  /** A sovereign state's territory (level 0). Seed: Azerbaijan; Armenia. */
  COUNTRY(0),
  /**
   * A first-order administrative division of a country, ACLED's {@code admin1} (level 1). Seed:
   * the Khizi and Absheron regions of Azerbaijan.
   */
  REGION(1),
  /** A second-order administrative division, ACLED's {@code admin2} (level 2). */
  DISTRICT(2),
  /** A third-order administrative division, ACLED's {@code admin3} (level 3). */
  SUBDISTRICT(3),
  /**
   * A city (level 4). Seed: Ganja, Azerbaijan's second-largest city; Mingachevir; Stepanakert;
   * Jabrayil.
   */
  CITY(4),
  /** A town, village or other named place smaller than a city, ACLED's {@code location} (level 4). */
  LOCALITY(4),
  /**
   * An informal, disputed or ad-hoc area that is no administrative division (level -1). Seed: "the
   * occupied Karabakh conflict zone"; Nagorno-Karabakh, also "Upper Karabakh", the breakaway region
   * whose borders Azerbaijan and the de-facto authorities draw differently.
   */
  AREA(-1),
  /** A place that fits none of the other kinds (level -1). */
  OTHER(-1);

  private final int level;

  TerritoryKind(int level) {
    this.level = level;
  }

  /**
   * The rung of this kind on the administrative ladder: 0 country, 1 region (admin1), 2 district
   * (admin2), 3 subdistrict (admin3), 4 city or locality. A territory normally lies inside one of a
   * lower level (Ganja, 4, inside Azerbaijan, 0). {@link #AREA} and {@link #OTHER} give -1: they are
   * outside the ladder and may lie inside, or across, territories of any level.
   *
   * @return the level from 0 to 4, or -1 for kinds outside the administrative ladder
   */
  public int level() {
    return level;
  }
}
