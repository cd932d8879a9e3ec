package dev.casus.jackson.ser;

import dev.casus.core.territory.ControlClaim;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link ControlClaim}: {@code controller}, {@code status}, {@code period}?, {@code certainty}, {@code claimedBy}?, {@code statement}?, {@code sources}?. */
public final class ControlClaimSerializer extends StdSerializer<ControlClaim> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final ControlClaimSerializer INSTANCE = new ControlClaimSerializer();

  private static final SerializableString CONTROLLER = Write.name("controller");
  private static final SerializableString STATUS = Write.name("status");
  private static final SerializableString PERIOD = Write.name("period");
  private static final SerializableString CERTAINTY = Write.name("certainty");
  private static final SerializableString CLAIMED_BY = Write.name("claimedBy");
  private static final SerializableString STATEMENT = Write.name("statement");
  private static final SerializableString SOURCES = Write.name("sources");

  private ControlClaimSerializer() {
    super(ControlClaim.class);
  }

  @Override
  public void serialize(ControlClaim value, JsonGenerator g, SerializerProvider provider)
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
  public static void write(ControlClaim v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Write.id(g, CONTROLLER, v.controller());
    Write.code(g, STATUS, v.status());
    Write.time(g, PERIOD, v.period());
    Write.code(g, CERTAINTY, v.certainty());
    Write.id(g, CLAIMED_BY, v.claimedBy());
    Write.id(g, STATEMENT, v.statement());
    Write.ids(g, SOURCES, v.sources());
    g.writeEndObject();
  }
}
