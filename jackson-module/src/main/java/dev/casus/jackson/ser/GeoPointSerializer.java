package dev.casus.jackson.ser;

import dev.casus.core.geo.GeoPoint;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link GeoPoint}: {@code {"latitude":40.6828,"longitude":46.3606}}, each the shortest decimal that reads back as the same double, in plain notation. */
public final class GeoPointSerializer extends StdSerializer<GeoPoint> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final GeoPointSerializer INSTANCE = new GeoPointSerializer();

  private static final SerializableString LATITUDE = Write.name("latitude");
  private static final SerializableString LONGITUDE = Write.name("longitude");

  private GeoPointSerializer() {
    super(GeoPoint.class);
  }

  @Override
  public void serialize(GeoPoint value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    write(value, g);
  }

  /**
   * Writes a value in the wire format.
   *
   * @param v the value
   * @param g the generator
   * @throws IOException if writing fails
   */
  public static void write(GeoPoint v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(LATITUDE);
    g.writeNumber(Coordinates.format(v.latitude()));
    g.writeFieldName(LONGITUDE);
    g.writeNumber(Coordinates.format(v.longitude()));
    g.writeEndObject();
  }
}
