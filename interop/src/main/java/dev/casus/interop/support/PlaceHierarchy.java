package dev.casus.interop.support;

import dev.casus.core.name.Name;
import dev.casus.core.territory.ImmutableTerritory;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns of an event dataset that name where an event happened, from the country down to the
 * place itself (ACLED's {@code country} &gt; {@code admin1} &gt; ... &gt; {@code location}, GED's
 * {@code country} &gt; {@code adm_1} &gt; {@code adm_2} &gt; {@code where_coordinates}), turned
 * into a chain of territories, each the parent of the next: Azerbaijan &gt; Ganja-Gazakh &gt;
 * Ganja for the strike of 4 October 2020.
 *
 * <p>A territory is keyed by its level and the names above it, so that two districts of one name
 * in different regions stay apart, and gets the id {@code prefix + slug-of-each-name} (with {@code
 * -2}, {@code -3}, ... if taken). A blank cell skips its level.
 */
public final class PlaceHierarchy {

  /** Adds what a format knows about a territory beyond its kind, name and parent. */
  @FunctionalInterface
  public interface Details {
    /**
     * Adds the format's details to a territory about to be created.
     *
     * @param territory the territory, with id, kind, name and parent set
     * @param kind its kind
     * @param place true if it is named by the last column, the place itself
     */
    void add(ImmutableTerritory.Builder territory, TerritoryKind kind, boolean place);
  }

  private static final int PLACE_SLUG = 40;

  private final List<String> columns;
  private final String idPrefix;
  private final boolean placeMayBeLastLevel;

  /**
   * A hierarchy of these columns.
   *
   * @param columns the columns, country first, the place itself last
   * @param idPrefix what the format puts before the slugs of the names, e.g. {@code ter-acled-}
   * @param placeMayBeLastLevel true if a place named like the most specific level above it is
   *     that level itself (GED), false if it is always a territory of its own (ACLED)
   */
  public PlaceHierarchy(List<String> columns, String idPrefix, boolean placeMayBeLastLevel) {
    this.columns = List.copyOf(columns);
    this.idPrefix = idPrefix;
    this.placeMayBeLastLevel = placeMayBeLastLevel;
  }

  /**
   * Registers the territories a row names, creating those named for the first time.
   *
   * @param territories where the territories are deduplicated
   * @param row the row
   * @param kinds the kind of territory each column names, one per column
   * @param details adds the format's details to a new territory
   * @return the most specific territory the row names
   * @throws RowFailure naming the column whose name makes no valid territory, or the first column
   *     if the row names no place at all
   */
  public TerritoryId register(
      Registry<List<String>, Territory> territories,
      CsvRow row,
      List<TerritoryKind> kinds,
      Details details)
      throws RowFailure {
    List<String> path = new ArrayList<>();
    StringBuilder slug = new StringBuilder(idPrefix);
    Optional<TerritoryId> parent = Optional.empty();
    String deepestName = "";
    for (int level = 0; level < columns.size(); level++) {
      String column = columns.get(level);
      String name = row.get(column).strip();
      path.add(name);
      if (name.isEmpty()) {
        continue;
      }
      boolean place = level == columns.size() - 1;
      if (place && placeMayBeLastLevel && name.equals(deepestName)) {
        break; // the place is the most specific level itself
      }
      if (slug.length() > idPrefix.length()) {
        slug.append('-');
      }
      slug.append(Slugs.slug(name, PLACE_SLUG));
      List<String> key = new ArrayList<>(path);
      key.add(0, Integer.toString(level));
      TerritoryKind kind = kinds.get(level);
      Optional<TerritoryId> up = parent;
      try {
        String id =
            territories.idFor(
                List.copyOf(key),
                slug.toString(),
                tid -> {
                  ImmutableTerritory.Builder t =
                      Territory.builder().id(TerritoryId.of(tid)).kind(kind).name(Name.of(name));
                  up.ifPresent(t::parent);
                  details.add(t, kind, place);
                  return t.build();
                });
        parent = Optional.of(TerritoryId.of(id));
        deepestName = name;
      } catch (IllegalArgumentException e) {
        throw new RowFailure(column, String.valueOf(e.getMessage()));
      }
    }
    return parent.orElseThrow(() -> new RowFailure(columns.get(0), "missing"));
  }
}
