package dev.casus.jackson.ser;

import dev.casus.core.entity.EntityKind;
import dev.casus.core.statement.Subject;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link Subject}: the one reference member named after the kind of entity it is about, then {@code stance}. */
public final class SubjectSerializer extends StdSerializer<Subject> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final SubjectSerializer INSTANCE = new SubjectSerializer();

  private static final SerializableString SOURCE = Write.name("source");
  private static final SerializableString ACTOR = Write.name("actor");
  private static final SerializableString TERRITORY = Write.name("territory");
  private static final SerializableString INCIDENT = Write.name("incident");
  private static final SerializableString STATEMENT = Write.name("statement");
  private static final SerializableString CASUALTY_REPORT = Write.name("casualtyReport");
  private static final SerializableString STANCE = Write.name("stance");

  private SubjectSerializer() {
    super(Subject.class);
  }

  @Override
  public void serialize(Subject value, JsonGenerator g, SerializerProvider provider)
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
  public static void write(Subject v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Write.id(g, member(v.about().kind()), v.about());
    Write.code(g, STANCE, v.stance());
    g.writeEndObject();
  }

  private static SerializableString member(EntityKind kind) {
    switch (kind) {
      case SOURCE:
        return SOURCE;
      case ACTOR:
        return ACTOR;
      case TERRITORY:
        return TERRITORY;
      case INCIDENT:
        return INCIDENT;
      case STATEMENT:
        return STATEMENT;
      case CASUALTY_REPORT:
        return CASUALTY_REPORT;
    }
    throw new AssertionError(kind);
  }
}
