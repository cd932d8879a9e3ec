package dev.casus.jackson.ser;

import dev.casus.core.statement.Statement;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link Statement}: {@code id}, {@code kind}, {@code speaker}, {@code onBehalfOf}?, {@code addressees}?, {@code time}?, {@code channel}?, {@code texts}?, {@code subjects}?, {@code sources}?, {@code x-*}?. */
public final class StatementSerializer extends StdSerializer<Statement> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final StatementSerializer INSTANCE = new StatementSerializer();

  private static final SerializableString ID = Write.name("id");
  private static final SerializableString KIND = Write.name("kind");
  private static final SerializableString SPEAKER = Write.name("speaker");
  private static final SerializableString ON_BEHALF_OF = Write.name("onBehalfOf");
  private static final SerializableString ADDRESSEES = Write.name("addressees");
  private static final SerializableString TIME = Write.name("time");
  private static final SerializableString CHANNEL = Write.name("channel");
  private static final SerializableString TEXTS = Write.name("texts");
  private static final SerializableString SUBJECTS = Write.name("subjects");
  private static final SerializableString SOURCES = Write.name("sources");

  private StatementSerializer() {
    super(Statement.class);
  }

  @Override
  public void serialize(Statement value, JsonGenerator g, SerializerProvider provider)
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
  public static void write(Statement v, JsonGenerator g) throws IOException {
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
  public static void members(Statement v, JsonGenerator g) throws IOException {
    Write.id(g, ID, v.id());
    Write.code(g, KIND, v.kind());
    Write.id(g, SPEAKER, v.speaker());
    Write.id(g, ON_BEHALF_OF, v.onBehalfOf());
    Write.ids(g, ADDRESSEES, v.addressees());
    Write.time(g, TIME, v.time());
    Write.code(g, CHANNEL, v.channel());
    Write.array(g, TEXTS, v.texts(), StatementTextSerializer::write);
    Write.array(g, SUBJECTS, v.subjects(), SubjectSerializer::write);
    Write.ids(g, SOURCES, v.sources());
    ExtensionWriter.write(g, v.extensions(), "Statement", v.id());
  }
}
