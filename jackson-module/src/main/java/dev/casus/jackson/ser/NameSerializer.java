package dev.casus.jackson.ser;

import dev.casus.core.name.Name;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link Name}: a string when it has no language, else {@code {"text":...,"language":...}}. */
public final class NameSerializer extends StdSerializer<Name> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final NameSerializer INSTANCE = new NameSerializer();

  private static final SerializableString TEXT = Write.name("text");
  private static final SerializableString LANGUAGE = Write.name("language");

  private NameSerializer() {
    super(Name.class);
  }

  @Override
  public void serialize(Name value, JsonGenerator g, SerializerProvider provider)
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
  public static void write(Name v, JsonGenerator g) throws IOException {
    if (v.language().isEmpty()) {
      g.writeString(v.text());
      return;
    }
    g.writeStartObject();
    Write.string(g, TEXT, v.text());
    Write.string(g, LANGUAGE, v.language());
    g.writeEndObject();
  }
}
