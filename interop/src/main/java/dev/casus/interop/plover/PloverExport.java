package dev.casus.interop.plover;

import dev.casus.core.entity.EntityId;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.statement.StatementKind;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a {@link PloverWriter} wrote and what it left out, so that nothing is dropped silently:
 * incidents and statements whose type or kind has no entry in {@link PloverMapping} are counted by
 * type and kind, and those with no known first day (PLOVER requires a {@code date}) are listed.
 *
 * <p>Seed: exporting the seed feed writes the strikes on Ganja and Mingachevir and the accusations,
 * denials and demands, and counts Hajiyev's plain claim that "no serious damage was inflicted" as
 * one unmapped {@code claim}.
 */
@Value.Immutable
public abstract class PloverExport {

  PloverExport() {}

  /**
   * A builder for an export summary.
   *
   * @return a new builder
   */
  public static ImmutablePloverExport.Builder builder() {
    return ImmutablePloverExport.builder();
  }

  /**
   * How many incidents were written as events.
   *
   * @return the count
   */
  public abstract int incidentEvents();

  /**
   * How many statements were written as events.
   *
   * @return the count
   */
  public abstract int statementEvents();

  /**
   * Incident types that have no PLOVER or CAMEO equivalent, with how many incidents of each were
   * left out, in {@link IncidentType} order.
   *
   * @return type to count, possibly empty
   */
  public abstract Map<IncidentType, Integer> unmappedIncidentTypes();

  /**
   * Statement kinds that have no PLOVER or CAMEO equivalent, with how many statements of each were
   * left out, in {@link StatementKind} order.
   *
   * @return kind to count, possibly empty
   */
  public abstract Map<StatementKind, Integer> unmappedStatementKinds();

  /**
   * The mapped incidents and statements left out because their time has no first day (an open or
   * unknown start, or a statement without a time), in the order met.
   *
   * @return the ids, possibly empty
   */
  public abstract List<EntityId> undated();

  /**
   * How many events were written in all.
   *
   * @return incident events plus statement events
   */
  public final int eventsWritten() {
    return incidentEvents() + statementEvents();
  }

  /**
   * How many incidents and statements were left out because their type or kind is unmapped.
   *
   * @return the sum of the unmapped counts
   */
  public final int unmappedCount() {
    int n = 0;
    for (int c : unmappedIncidentTypes().values()) {
      n += c;
    }
    for (int c : unmappedStatementKinds().values()) {
      n += c;
    }
    return n;
  }

  @Value.Check
  final void check() {
    if (incidentEvents() < 0 || statementEvents() < 0) {
      throw new IllegalArgumentException(
          "PloverExport.incidentEvents and PloverExport.statementEvents must be >= 0, got "
              + incidentEvents()
              + " and "
              + statementEvents());
    }
  }
}
