package dev.casus.jackson.ser;

import dev.casus.core.geo.Location;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link Location}: {@code territory}?, {@code point}?, {@code precision}, {@code description}?. */
public final class LocationSerializer extends StdSerializer<Location> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final LocationSerializer INSTANCE = new LocationSerializer();

  private static final SerializableString TERRITORY = Write.name("territory");
  private static final SerializableString POINT = Write.name("point");
  private static final SerializableString PRECISION = Write.name("precision");
  private static final SerializableString DESCRIPTION = Write.name("description");

  private LocationSerializer() {
    super(Location.class);
  }

  @Override
  public void serialize(Location value, JsonGenerator g, SerializerProvider provider)
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
  public static void write(Location v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Write.id(g, TERRITORY, v.territory());
    if (v.point().isPresent()) {
      g.writeFieldName(POINT);
      GeoPointSerializer.write(v.point().get(), g);
    }
    Write.code(g, PRECISION, v.precision());
    Write.string(g, DESCRIPTION, v.description());
    g.writeEndObject();
  }
}
