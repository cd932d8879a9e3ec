package dev.casus.jackson.ser;

import dev.casus.core.incident.Incident;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes an {@link Incident}: {@code id}, {@code type}, {@code time}, {@code locations}?, {@code participants}?, {@code means}?, {@code targets}?, {@code status} (always), {@code summary}?, {@code partOf}?, {@code sources}?, {@code externalIds}?, {@code x-*}?. */
public final class IncidentSerializer extends StdSerializer<Incident> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final IncidentSerializer INSTANCE = new IncidentSerializer();

  private static final SerializableString ID = Write.name("id");
  private static final SerializableString TYPE = Write.name("incidentType");
  private static final SerializableString TIME = Write.name("time");
  private static final SerializableString LOCATIONS = Write.name("locations");
  private static final SerializableString PARTICIPANTS = Write.name("participants");
  private static final SerializableString MEANS = Write.name("means");
  private static final SerializableString TARGETS = Write.name("targets");
  private static final SerializableString STATUS = Write.name("status");
  private static final SerializableString SUMMARY = Write.name("summary");
  private static final SerializableString PART_OF = Write.name("partOf");
  private static final SerializableString SOURCES = Write.name("sources");
  private static final SerializableString EXTERNAL_IDS = Write.name("externalIds");

  private IncidentSerializer() {
    super(Incident.class);
  }

  @Override
  public void serialize(Incident value, JsonGenerator g, SerializerProvider provider)
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
  public static void write(Incident v, JsonGenerator g) throws IOException {
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
  public static void members(Incident v, JsonGenerator g) throws IOException {
    Write.id(g, ID, v.id());
    Write.code(g, TYPE, v.type());
    Write.time(g, TIME, v.time());
    Write.array(g, LOCATIONS, v.locations(), LocationSerializer::write);
    Write.array(g, PARTICIPANTS, v.participants(), ParticipantSerializer::write);
    Write.codes(g, MEANS, v.means());
    Write.codes(g, TARGETS, v.targets());
    Write.code(g, STATUS, v.status());
    Write.string(g, SUMMARY, v.summary());
    Write.id(g, PART_OF, v.partOf());
    Write.ids(g, SOURCES, v.sources());
    Write.array(g, EXTERNAL_IDS, v.externalIds(), ExternalIdSerializer::write);
    ExtensionWriter.write(g, v.extensions(), "Incident", v.id());
  }
}
