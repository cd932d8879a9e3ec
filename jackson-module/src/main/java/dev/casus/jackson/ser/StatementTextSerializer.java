package dev.casus.jackson.ser;

import dev.casus.core.statement.StatementText;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link StatementText}: {@code form}, {@code text}, {@code language}?. */
public final class StatementTextSerializer extends StdSerializer<StatementText> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final StatementTextSerializer INSTANCE = new StatementTextSerializer();

  private static final SerializableString FORM = Write.name("form");
  private static final SerializableString TEXT = Write.name("text");
  private static final SerializableString LANGUAGE = Write.name("language");

  private StatementTextSerializer() {
    super(StatementText.class);
  }

  @Override
  public void serialize(StatementText value, JsonGenerator g, SerializerProvider provider)
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
  public static void write(StatementText v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Write.code(g, FORM, v.form());
    Write.string(g, TEXT, v.text());
    Write.string(g, LANGUAGE, v.language());
    g.writeEndObject();
  }
}
