package dev.casus.jackson.deser;

import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.TerritoryId;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Readers of the six entity id types (ids and references are strings of the id grammar). */
public final class Ids {

  private Ids() {}

  /**
   * Reads a source id.
   *
   * @param c the context
   * @return the id, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable SourceId source(ReadContext c) throws IOException {
    return Scalars.id(c, "a source id", SourceId::of);
  }

  /**
   * Reads an actor id.
   *
   * @param c the context
   * @return the id, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable ActorId actor(ReadContext c) throws IOException {
    return Scalars.id(c, "an actor id", ActorId::of);
  }

  /**
   * Reads a territory id.
   *
   * @param c the context
   * @return the id, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable TerritoryId territory(ReadContext c) throws IOException {
    return Scalars.id(c, "a territory id", TerritoryId::of);
  }

  /**
   * Reads an incident id.
   *
   * @param c the context
   * @return the id, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable IncidentId incident(ReadContext c) throws IOException {
    return Scalars.id(c, "an incident id", IncidentId::of);
  }

  /**
   * Reads a statement id.
   *
   * @param c the context
   * @return the id, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable StatementId statement(ReadContext c) throws IOException {
    return Scalars.id(c, "a statement id", StatementId::of);
  }

  /**
   * Reads a casualty report id.
   *
   * @param c the context
   * @return the id, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable CasualtyReportId casualtyReport(ReadContext c) throws IOException {
    return Scalars.id(c, "a casualty report id", CasualtyReportId::of);
  }
}
