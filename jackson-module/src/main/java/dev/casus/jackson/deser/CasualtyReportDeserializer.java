package dev.casus.jackson.deser;

import com.fasterxml.jackson.core.JsonLocation;
import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.casualty.ImmutableCasualtyReport;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.time.EdtfTime;
import dev.casus.core.validation.FindingCode;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link CasualtyReport}: {@code id}, {@code reportedBy}?, {@code asOf}?, {@code
 * incident}?, {@code territory}?, {@code period}?, {@code figures}, {@code statement}?, {@code
 * sources}?, {@code notes}?, {@code x-*}?. An empty {@code figures} array is a {@code
 * broken_invariant} at the array.
 */
public final class CasualtyReportDeserializer extends CasusDeserializer<CasualtyReport> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final CasualtyReportDeserializer INSTANCE = new CasualtyReportDeserializer();

  private static final String WHAT = "a casualty report";
  private static final String MEMBERS =
      "id, reportedBy, asOf, incident, territory, period, figures, statement, sources, notes";
  private static final int ID = 1;
  private static final int REPORTED_BY = 1 << 1;
  private static final int AS_OF = 1 << 2;
  private static final int INCIDENT = 1 << 3;
  private static final int TERRITORY = 1 << 4;
  private static final int PERIOD = 1 << 5;
  private static final int FIGURES = 1 << 6;
  private static final int STATEMENT = 1 << 7;
  private static final int SOURCES = 1 << 8;
  private static final int NOTES = 1 << 9;

  private CasualtyReportDeserializer() {
    super(CasualtyReport.class);
  }

  @Override
  public @Nullable CasualtyReport decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads a casualty report at the current token.
   *
   * @param c the context
   * @return the report, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable CasualtyReport read(ReadContext c) throws IOException {
    return c.startObject(WHAT) ? members(c) : null;
  }

  /**
   * Reads the members of a casualty report whose object level is open, up to its end.
   *
   * @param c the context
   * @return the report, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable CasualtyReport members(ReadContext c) throws IOException {
    ImmutableCasualtyReport.Builder b = CasualtyReport.builder();
    Map<String, String> extensions = null;
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "id":
          if (c.first(ID)) {
            CasualtyReportId v = Ids.casualtyReport(c);
            if (v != null) {
              b.id(v);
              c.entityId(v);
            }
          }
          break;
        case "reportedBy":
          if (c.first(REPORTED_BY)) {
            ActorId v = Ids.actor(c);
            if (v != null) {
              b.reportedBy(v);
            }
          }
          break;
        case "asOf":
          if (c.first(AS_OF)) {
            EdtfTime v = Scalars.edtf(c);
            if (v != null) {
              b.asOf(v);
            }
          }
          break;
        case "incident":
          if (c.first(INCIDENT)) {
            IncidentId v = Ids.incident(c);
            if (v != null) {
              b.incident(v);
            }
          }
          break;
        case "territory":
          if (c.first(TERRITORY)) {
            TerritoryId v = Ids.territory(c);
            if (v != null) {
              b.territory(v);
            }
          }
          break;
        case "period":
          if (c.first(PERIOD)) {
            EdtfTime v = Scalars.edtf(c);
            if (v != null) {
              b.period(v);
            }
          }
          break;
        case "figures":
          if (c.first(FIGURES)) {
            JsonLocation at = c.tokenLocation();
            int n =
                Lists.read(
                    c,
                    "an array of casualty figures",
                    CasualtyFigureDeserializer::read,
                    b::addFigure);
            if (n == 0) {
              // reported at the empty array itself, not at the report (docs/wire-format.md)
              c.failAt(
                  FindingCode.BROKEN_INVARIANT,
                  "CasualtyReport.figures must not be empty: a casualty report gives at least one"
                      + " figure",
                  at);
            }
          }
          break;
        case "statement":
          if (c.first(STATEMENT)) {
            StatementId v = Ids.statement(c);
            if (v != null) {
              b.statement(v);
            }
          }
          break;
        case "sources":
          if (c.first(SOURCES)) {
            Lists.read(c, "an array of source ids", Ids::source, b::addSource);
          }
          break;
        case "notes":
          if (c.first(NOTES)) {
            String v = Scalars.text(c, "CasualtyReport", "notes");
            if (v != null) {
              b.notes(v);
            }
          }
          break;
        default:
          extensions = ExtensionReader.memberOrUnknown(c, m, extensions, WHAT, MEMBERS);
      }
    }
    c.require(ID, "id", WHAT);
    c.require(FIGURES, "figures", WHAT);
    if (extensions != null) {
      b.putAllExtensions(extensions);
    }
    return Build.finish(c, b::build);
  }
}
