package dev.casus.jackson.ser;

import dev.casus.core.estimate.Estimate;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes an {@link Estimate}: a bare integer when low, best and high are present and equal and there is no text; otherwise {@code {"low":..,"best":..,"high":..,"text":..}} with absent members omitted. */
public final class EstimateSerializer extends StdSerializer<Estimate> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final EstimateSerializer INSTANCE = new EstimateSerializer();

  private static final SerializableString LOW = Write.name("low");
  private static final SerializableString BEST = Write.name("best");
  private static final SerializableString HIGH = Write.name("high");
  private static final SerializableString TEXT = Write.name("text");

  private EstimateSerializer() {
    super(Estimate.class);
  }

  @Override
  public void serialize(Estimate value, JsonGenerator g, SerializerProvider provider)
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
  public static void write(Estimate v, JsonGenerator g) throws IOException {
    if (v.best().isPresent()
        && v.high().isPresent()
        && v.best().getAsLong() == v.low()
        && v.high().getAsLong() == v.low()
        && v.text().isEmpty()) {
      g.writeNumber(v.low());
      return;
    }
    g.writeStartObject();
    g.writeFieldName(LOW);
    g.writeNumber(v.low());
    if (v.best().isPresent()) {
      g.writeFieldName(BEST);
      g.writeNumber(v.best().getAsLong());
    }
    if (v.high().isPresent()) {
      g.writeFieldName(HIGH);
      g.writeNumber(v.high().getAsLong());
    }
    Write.string(g, TEXT, v.text());
    g.writeEndObject();
  }
}
