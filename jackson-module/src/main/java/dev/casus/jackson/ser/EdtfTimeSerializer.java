package dev.casus.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.casus.core.time.EdtfTime;
import java.io.IOException;

/** Writes an EDTF time (date or interval) as its canonical EDTF string. */
public final class EdtfTimeSerializer extends StdSerializer<EdtfTime> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final EdtfTimeSerializer INSTANCE = new EdtfTimeSerializer();

  private EdtfTimeSerializer() {
    super(EdtfTime.class);
  }

  @Override
  public void serialize(EdtfTime value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    g.writeString(value.toEdtf());
  }
}
