package dev.casus.core.geo;

import dev.casus.core.territory.TerritoryId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an incident happened: a territory, a point, or both, with how precise that is.
 *
 * <p>In the seed article, Armenia's "massive missile attacks against dense residential areas" in
 * Ganja is located as
 *
 * <pre>{@code
 * Location.builder()
 *     .territory(TerritoryId.of("ganja"))
 *     .point(GeoPoint.of(40.6828, 46.3606))
 *     .precision(LocationPrecision.EXACT)
 *     .description("dense residential areas")
 *     .build();
 * }</pre>
 *
 * <p>At least one of {@link #territory()} and {@link #point()} is present.
 */
@Value.Immutable
public abstract class Location {

  Location() {}

  /**
   * A location known only by its territory.
   *
   * @param territory the territory, e.g. the Khizi region
   * @param precision how precise the location is, e.g. {@link LocationPrecision#DISTRICT}
   * @return the location
   */
  public static Location of(TerritoryId territory, LocationPrecision precision) {
    return builder().territory(territory).precision(precision).build();
  }

  /**
   * A location known only by its coordinates.
   *
   * @param point the point
   * @param precision how precise the point is, e.g. {@link LocationPrecision#NEAR} for a point
   *     within about 25 km of the place
   * @return the location
   */
  public static Location of(GeoPoint point, LocationPrecision precision) {
    return builder().point(point).precision(precision).build();
  }

  /**
   * A builder for a location with a territory and a point, or a description.
   *
   * @return a new builder; {@code precision} is required
   */
  public static ImmutableLocation.Builder builder() {
    return ImmutableLocation.builder();
  }

  /**
   * The territory the incident happened in, by id, e.g. Ganja or the Absheron region.
   *
   * @return the territory, or empty if only a point is known
   */
  public abstract Optional<TerritoryId> territory();

  /**
   * The coordinates of the incident, or of the place it is coded at.
   *
   * @return the point, or empty if only the territory is known
   */
  public abstract Optional<GeoPoint> point();

  /**
   * How precise this location is.
   *
   * @return the precision
   */
  public abstract LocationPrecision precision();

  /**
   * What was said about the place beyond its name, e.g. {@code "dense residential areas"}.
   *
   * @return the description, never blank, or empty
   */
  public abstract Optional<String> description();

  @Value.Check
  final void check() {
    if (territory().isEmpty() && point().isEmpty()) {
      throw new IllegalArgumentException(
          "Location.territory and Location.point must not both be absent: give at least one");
    }
    if (description().isPresent() && description().get().isBlank()) {
      throw new IllegalArgumentException(
          "Location.description must not be blank when present, got \""
              + description().get()
              + "\"");
    }
  }
}
