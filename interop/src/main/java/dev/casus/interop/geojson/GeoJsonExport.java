package dev.casus.interop.geojson;

import dev.casus.core.incident.IncidentId;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a {@link GeoJsonWriter} put on the map and what it could not: incidents none of whose
 * locations has a point (neither its own nor its territory's) are listed here rather than dropped
 * silently.
 *
 * <p>Seed: if the feed holds the Khizi and Absheron regions without points, the attacks on them are
 * reported here, while the strikes on Ganja and Mingachevir become features.
 */
@Value.Immutable
public abstract class GeoJsonExport {

  GeoJsonExport() {}

  /**
   * A builder for an export summary.
   *
   * @return a new builder
   */
  public static ImmutableGeoJsonExport.Builder builder() {
    return ImmutableGeoJsonExport.builder();
  }

  /**
   * How many incident features were written (one per located incident location).
   *
   * @return the count
   */
  public abstract int incidentFeatures();

  /**
   * How many territory features were written (zero unless territories were asked for).
   *
   * @return the count
   */
  public abstract int territoryFeatures();

  /**
   * Incidents with no location that resolves to a point, in feed order: not on the map.
   *
   * @return the ids, possibly empty
   */
  public abstract List<IncidentId> incidentsWithoutPoint();

  /**
   * How many incident locations resolved to no point, including those of incidents that have
   * another, located, location.
   *
   * @return the count
   */
  public abstract int locationsWithoutPoint();

  /**
   * How many features were written in all.
   *
   * @return incident features plus territory features
   */
  public final int features() {
    return incidentFeatures() + territoryFeatures();
  }

  @Value.Check
  final void check() {
    if (incidentFeatures() < 0 || territoryFeatures() < 0 || locationsWithoutPoint() < 0) {
      throw new IllegalArgumentException(
          "GeoJsonExport counts must be >= 0, got incidentFeatures="
              + incidentFeatures()
              + " territoryFeatures="
              + territoryFeatures()
              + " locationsWithoutPoint="
              + locationsWithoutPoint());
    }
  }
}
