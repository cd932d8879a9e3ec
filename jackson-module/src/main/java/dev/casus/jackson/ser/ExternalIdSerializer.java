package dev.casus.jackson.ser;

import dev.casus.core.identifier.ExternalId;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes an {@link ExternalId}: {@code {"scheme":"wikidata","value":"Q227"}}. */
public final class ExternalIdSerializer extends StdSerializer<ExternalId> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final ExternalIdSerializer INSTANCE = new ExternalIdSerializer();

  private static final SerializableString SCHEME = Write.name("scheme");
  private static final SerializableString VALUE = Write.name("value");

  private ExternalIdSerializer() {
    super(ExternalId.class);
  }

  @Override
  public void serialize(ExternalId value, JsonGenerator g, SerializerProvider provider)
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
  public static void write(ExternalId v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Write.code(g, SCHEME, v.scheme());
    Write.string(g, VALUE, v.value());
    g.writeEndObject();
  }
}
