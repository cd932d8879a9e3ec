package dev.casus.jackson.ser;

import dev.casus.core.incident.Participant;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link Participant}: {@code actor}, {@code role}, {@code certainty}, {@code attributedIn}?. */
public final class ParticipantSerializer extends StdSerializer<Participant> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final ParticipantSerializer INSTANCE = new ParticipantSerializer();

  private static final SerializableString ACTOR = Write.name("actor");
  private static final SerializableString ROLE = Write.name("role");
  private static final SerializableString CERTAINTY = Write.name("certainty");
  private static final SerializableString ATTRIBUTED_IN = Write.name("attributedIn");

  private ParticipantSerializer() {
    super(Participant.class);
  }

  @Override
  public void serialize(Participant value, JsonGenerator g, SerializerProvider provider)
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
  public static void write(Participant v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Write.id(g, ACTOR, v.actor());
    Write.code(g, ROLE, v.role());
    Write.code(g, CERTAINTY, v.certainty());
    Write.ids(g, ATTRIBUTED_IN, v.attributedIn());
    g.writeEndObject();
  }
}
