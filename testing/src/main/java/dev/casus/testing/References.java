package dev.casus.testing;

import dev.casus.core.actor.ActorId;
import dev.casus.core.entity.EntityId;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.TerritoryId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where an entity's references come from: random ids for a lone entity, the ids of the feed
 * being built for a consistent one. Each method may answer empty when nothing can be referred to.
 */
interface References {

  /** Whether the feed's plausibility rules apply (dates, stances, locations). */
  boolean plausible();

  /** Whether to keep values cheap (large benchmark feeds). */
  boolean lean();

  /** The last day anything may be dated. */
  LocalDate lastDay();

  Optional<ActorId> actor();

  Optional<TerritoryId> territory();

  Optional<SourceId> source();

  Optional<StatementId> statement();

  Optional<IncidentId> incident();

  /** Any entity of the feed, of any kind, except {@code self}. */
  Optional<EntityId> entity(StatementId self);

  /** A source {@code self} may be part of, without forming a cycle. */
  Optional<SourceId> sourceParent(SourceId self, int index);

  /** A territory {@code self} may lie in, without forming a cycle. */
  Optional<TerritoryId> territoryParent(TerritoryId self, int index);

  /** An incident {@code self} may be part of, without forming a cycle. */
  Optional<IncidentId> incidentParent(IncidentId self, int index);

  /** The first day of the incident, if the feed holds it and its time has a start. */
  Optional<LocalDate> incidentStart(IncidentId incident);
}
