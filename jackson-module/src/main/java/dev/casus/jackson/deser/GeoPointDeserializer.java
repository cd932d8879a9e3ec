package dev.casus.jackson.deser;

import dev.casus.core.geo.GeoPoint;
import dev.casus.core.validation.FindingCode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link GeoPoint}: {@code {"latitude":40.6828,"longitude":46.3606}}. A coordinate out of
 * range is a {@code broken_invariant} at the coordinate itself, with the model's message.
 */
public final class GeoPointDeserializer extends CasusDeserializer<GeoPoint> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final GeoPointDeserializer INSTANCE = new GeoPointDeserializer();

  private static final String WHAT = "a point";
  private static final String MEMBERS = "latitude, longitude";
  private static final int LATITUDE = 1;
  private static final int LONGITUDE = 1 << 1;

  private GeoPointDeserializer() {
    super(GeoPoint.class);
  }

  @Override
  public @Nullable GeoPoint decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads a point at the current token.
   *
   * @param c the context
   * @return the point, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable GeoPoint read(ReadContext c) throws IOException {
    if (!c.startObject(WHAT)) {
      return null;
    }
    double latitude = Double.NaN;
    double longitude = Double.NaN;
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "latitude":
          if (c.first(LATITUDE)) {
            latitude = Scalars.coordinate(c, "GeoPoint.latitude");
            inRange(c, latitude, 0);
          }
          break;
        case "longitude":
          if (c.first(LONGITUDE)) {
            longitude = Scalars.coordinate(c, "GeoPoint.longitude");
            inRange(c, 0, longitude);
          }
          break;
        default:
          c.unknownMember(m, WHAT, MEMBERS);
      }
    }
    c.require(LATITUDE, "latitude", WHAT);
    c.require(LONGITUDE, "longitude", WHAT);
    double lat = latitude;
    double lon = longitude;
    return Build.finish(c, () -> GeoPoint.of(lat, lon));
  }

  /**
   * Checks one coordinate as it is read (the other one 0), so that a coordinate out of range is
   * reported at its own pointer; NaN stands for a coordinate already reported.
   */
  private static void inRange(ReadContext c, double latitude, double longitude) {
    if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
      return;
    }
    try {
      GeoPoint.of(latitude, longitude);
    } catch (IllegalArgumentException e) {
      c.fail(FindingCode.BROKEN_INVARIANT, String.valueOf(e.getMessage()));
    }
  }
}
