package dev.casus.jackson.ser;

import dev.casus.core.territory.Territory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link Territory}: {@code id}, {@code kind}, {@code name}, {@code aliases}?, {@code parent}?, {@code point}?, {@code population}?, {@code controlClaims}?, {@code externalIds}?, {@code description}?, {@code x-*}?. */
public final class TerritorySerializer extends StdSerializer<Territory> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final TerritorySerializer INSTANCE = new TerritorySerializer();

  private static final SerializableString ID = Write.name("id");
  private static final SerializableString KIND = Write.name("kind");
  private static final SerializableString NAME = Write.name("name");
  private static final SerializableString ALIASES = Write.name("aliases");
  private static final SerializableString PARENT = Write.name("parent");
  private static final SerializableString POINT = Write.name("point");
  private static final SerializableString POPULATION = Write.name("population");
  private static final SerializableString CONTROL_CLAIMS = Write.name("controlClaims");
  private static final SerializableString EXTERNAL_IDS = Write.name("externalIds");
  private static final SerializableString DESCRIPTION = Write.name("description");

  private TerritorySerializer() {
    super(Territory.class);
  }

  @Override
  public void serialize(Territory value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    write(value, g);
  }

  /**
   * Writes the entity as a JSON object.
   *
   * @param v the entity
   * @param g the generator
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an extension value is not one JSON value
   */
  public static void write(Territory v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    members(v, g);
    g.writeEndObject();
  }

  /**
   * Writes the entity's members, in wire order, into an object already started.
   *
   * @param v the entity
   * @param g the generator
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an extension value is not one JSON value
   */
  public static void members(Territory v, JsonGenerator g) throws IOException {
    Write.id(g, ID, v.id());
    Write.code(g, KIND, v.kind());
    g.writeFieldName(NAME);
    NameSerializer.write(v.name(), g);
    Write.array(g, ALIASES, v.aliases(), NameSerializer::write);
    Write.id(g, PARENT, v.parent());
    if (v.point().isPresent()) {
      g.writeFieldName(POINT);
      GeoPointSerializer.write(v.point().get(), g);
    }
    if (v.population().isPresent()) {
      g.writeFieldName(POPULATION);
      EstimateSerializer.write(v.population().get(), g);
    }
    Write.array(g, CONTROL_CLAIMS, v.controlClaims(), ControlClaimSerializer::write);
    Write.array(g, EXTERNAL_IDS, v.externalIds(), ExternalIdSerializer::write);
    Write.string(g, DESCRIPTION, v.description());
    ExtensionWriter.write(g, v.extensions(), "Territory", v.id());
  }
}
