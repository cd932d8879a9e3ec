package dev.casus.jackson.ser;

import dev.casus.core.casualty.CasualtyReport;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link CasualtyReport}: {@code id}, {@code reportedBy}?, {@code asOf}?, {@code incident}?, {@code territory}?, {@code period}?, {@code figures}, {@code statement}?, {@code sources}?, {@code notes}?, {@code x-*}?. */
public final class CasualtyReportSerializer extends StdSerializer<CasualtyReport> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final CasualtyReportSerializer INSTANCE = new CasualtyReportSerializer();

  private static final SerializableString ID = Write.name("id");
  private static final SerializableString REPORTED_BY = Write.name("reportedBy");
  private static final SerializableString AS_OF = Write.name("asOf");
  private static final SerializableString INCIDENT = Write.name("incident");
  private static final SerializableString TERRITORY = Write.name("territory");
  private static final SerializableString PERIOD = Write.name("period");
  private static final SerializableString FIGURES = Write.name("figures");
  private static final SerializableString STATEMENT = Write.name("statement");
  private static final SerializableString SOURCES = Write.name("sources");
  private static final SerializableString NOTES = Write.name("notes");

  private CasualtyReportSerializer() {
    super(CasualtyReport.class);
  }

  @Override
  public void serialize(CasualtyReport value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    write(value, g);
  }

  /**
   * Writes the entity as a JSON object.
   *
   * @param v the entity
   * @param g the generator
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an extension value is not one JSON value
   */
  public static void write(CasualtyReport v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    members(v, g);
    g.writeEndObject();
  }

  /**
   * Writes the entity's members, in wire order, into an object already started.
   *
   * @param v the entity
   * @param g the generator
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an extension value is not one JSON value
   */
  public static void members(CasualtyReport v, JsonGenerator g) throws IOException {
    Write.id(g, ID, v.id());
    Write.id(g, REPORTED_BY, v.reportedBy());
    Write.time(g, AS_OF, v.asOf());
    Write.id(g, INCIDENT, v.incident());
    Write.id(g, TERRITORY, v.territory());
    Write.time(g, PERIOD, v.period());
    Write.alwaysArray(g, FIGURES, v.figures(), CasualtyFigureSerializer::write);
    Write.id(g, STATEMENT, v.statement());
    Write.ids(g, SOURCES, v.sources());
    Write.string(g, NOTES, v.notes());
    ExtensionWriter.write(g, v.extensions(), "CasualtyReport", v.id());
  }
}
