package dev.casus.jackson.ser;

import dev.casus.core.actor.Affiliation;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes an {@link Affiliation}: {@code organisation}, {@code role}?, {@code period}?. */
public final class AffiliationSerializer extends StdSerializer<Affiliation> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final AffiliationSerializer INSTANCE = new AffiliationSerializer();

  private static final SerializableString ORGANISATION = Write.name("organisation");
  private static final SerializableString ROLE = Write.name("role");
  private static final SerializableString PERIOD = Write.name("period");

  private AffiliationSerializer() {
    super(Affiliation.class);
  }

  @Override
  public void serialize(Affiliation value, JsonGenerator g, SerializerProvider provider)
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
  public static void write(Affiliation v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Write.id(g, ORGANISATION, v.organisation());
    Write.string(g, ROLE, v.role());
    Write.time(g, PERIOD, v.period());
    g.writeEndObject();
  }
}
