package dev.casus.jackson.ser;

import dev.casus.core.actor.Actor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes an {@link Actor}: {@code id}, {@code kind}, {@code name}, {@code aliases}?, {@code country}?, {@code affiliations}?, {@code externalIds}?, {@code description}?, {@code x-*}?. */
public final class ActorSerializer extends StdSerializer<Actor> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final ActorSerializer INSTANCE = new ActorSerializer();

  private static final SerializableString ID = Write.name("id");
  private static final SerializableString KIND = Write.name("kind");
  private static final SerializableString NAME = Write.name("name");
  private static final SerializableString ALIASES = Write.name("aliases");
  private static final SerializableString COUNTRY = Write.name("country");
  private static final SerializableString AFFILIATIONS = Write.name("affiliations");
  private static final SerializableString EXTERNAL_IDS = Write.name("externalIds");
  private static final SerializableString DESCRIPTION = Write.name("description");

  private ActorSerializer() {
    super(Actor.class);
  }

  @Override
  public void serialize(Actor value, JsonGenerator g, SerializerProvider provider)
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
  public static void write(Actor v, JsonGenerator g) throws IOException {
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
  public static void members(Actor v, JsonGenerator g) throws IOException {
    Write.id(g, ID, v.id());
    Write.code(g, KIND, v.kind());
    g.writeFieldName(NAME);
    NameSerializer.write(v.name(), g);
    Write.array(g, ALIASES, v.aliases(), NameSerializer::write);
    Write.id(g, COUNTRY, v.country());
    Write.array(g, AFFILIATIONS, v.affiliations(), AffiliationSerializer::write);
    Write.array(g, EXTERNAL_IDS, v.externalIds(), ExternalIdSerializer::write);
    Write.string(g, DESCRIPTION, v.description());
    ExtensionWriter.write(g, v.extensions(), "Actor", v.id());
  }
}
