package dev.casus.jackson.deser;

import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.ImmutableLocation;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.territory.TerritoryId;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Location}: {@code territory}?, {@code point}?, {@code precision}, {@code
 * description}?; at least one of territory and point.
 */
public final class LocationDeserializer extends CasusDeserializer<Location> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final LocationDeserializer INSTANCE = new LocationDeserializer();

  private static final String WHAT = "a location";
  private static final String MEMBERS = "territory, point, precision, description";
  private static final int TERRITORY = 1;
  private static final int POINT = 1 << 1;
  private static final int PRECISION = 1 << 2;
  private static final int DESCRIPTION = 1 << 3;

  private LocationDeserializer() {
    super(Location.class);
  }

  @Override
  public @Nullable Location decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads a location at the current token.
   *
   * @param c the context
   * @return the location, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Location read(ReadContext c) throws IOException {
    if (!c.startObject(WHAT)) {
      return null;
    }
    ImmutableLocation.Builder b = Location.builder();
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "territory":
          if (c.first(TERRITORY)) {
            TerritoryId v = Ids.territory(c);
            if (v != null) {
              b.territory(v);
            }
          }
          break;
        case "point":
          if (c.first(POINT)) {
            GeoPoint v = GeoPointDeserializer.read(c);
            if (v != null) {
              b.point(v);
            }
          }
          break;
        case "precision":
          if (c.first(PRECISION)) {
            LocationPrecision v = CodeLists.PRECISION.read(c);
            if (v != null) {
              b.precision(v);
            }
          }
          break;
        case "description":
          if (c.first(DESCRIPTION)) {
            String v = Scalars.string(c, "Location.description");
            if (v != null) {
              b.description(v);
            }
          }
          break;
        default:
          c.unknownMember(m, WHAT, MEMBERS);
      }
    }
    c.require(PRECISION, "precision", WHAT);
    return Build.finish(c, b::build);
  }
}
