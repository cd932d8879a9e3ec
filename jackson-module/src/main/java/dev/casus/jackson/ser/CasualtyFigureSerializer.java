package dev.casus.jackson.ser;

import dev.casus.core.casualty.CasualtyFigure;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link CasualtyFigure}: {@code outcome}, {@code group}, {@code side}?, {@code count}. */
public final class CasualtyFigureSerializer extends StdSerializer<CasualtyFigure> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final CasualtyFigureSerializer INSTANCE = new CasualtyFigureSerializer();

  private static final SerializableString OUTCOME = Write.name("outcome");
  private static final SerializableString GROUP = Write.name("group");
  private static final SerializableString SIDE = Write.name("side");
  private static final SerializableString COUNT = Write.name("count");

  private CasualtyFigureSerializer() {
    super(CasualtyFigure.class);
  }

  @Override
  public void serialize(CasualtyFigure value, JsonGenerator g, SerializerProvider provider)
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
  public static void write(CasualtyFigure v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Write.code(g, OUTCOME, v.outcome());
    Write.code(g, GROUP, v.group());
    Write.id(g, SIDE, v.side());
    g.writeFieldName(COUNT);
    EstimateSerializer.write(v.count(), g);
    g.writeEndObject();
  }
}
