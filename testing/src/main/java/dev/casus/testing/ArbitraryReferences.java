package dev.casus.testing;

import dev.casus.core.actor.ActorId;
import dev.casus.core.entity.EntityId;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.TerritoryId;
import java.time.LocalDate;
import java.util.Optional;

/** References for a lone entity: random, well-formed ids that need not resolve anywhere. */
final class ArbitraryReferences implements References {

  private final Draw draw;
  private final IdGen ids;

  ArbitraryReferences(Draw draw, IdGen ids) {
    this.draw = draw;
    this.ids = ids;
  }

  @Override
  public boolean plausible() {
    return false;
  }

  @Override
  public boolean lean() {
    return false;
  }

  @Override
  public LocalDate lastDay() {
    return LocalDate.of(9999, 12, 31);
  }

  @Override
  public Optional<ActorId> actor() {
    return Optional.of(ids.actorId());
  }

  @Override
  public Optional<TerritoryId> territory() {
    return Optional.of(ids.territoryId());
  }

  @Override
  public Optional<SourceId> source() {
    return Optional.of(ids.sourceId());
  }

  @Override
  public Optional<StatementId> statement() {
    return Optional.of(ids.statementId());
  }

  @Override
  public Optional<IncidentId> incident() {
    return Optional.of(ids.incidentId());
  }

  @Override
  public Optional<EntityId> entity(StatementId self) {
    EntityId id;
    switch (draw.between(0, 5)) {
      case 0:
        id = ids.sourceId();
        break;
      case 1:
        id = ids.actorId();
        break;
      case 2:
        id = ids.territoryId();
        break;
      case 3:
        id = ids.incidentId();
        break;
      case 4:
        id = ids.statementId();
        break;
      default:
        id = ids.casualtyReportId();
        break;
    }
    return id.equals(self) ? Optional.empty() : Optional.of(id);
  }

  @Override
  public Optional<SourceId> sourceParent(SourceId self, int index) {
    return source().filter(p -> !p.equals(self));
  }

  @Override
  public Optional<TerritoryId> territoryParent(TerritoryId self, int index) {
    return territory().filter(p -> !p.equals(self));
  }

  @Override
  public Optional<IncidentId> incidentParent(IncidentId self, int index) {
    return incident().filter(p -> !p.equals(self));
  }

  @Override
  public Optional<LocalDate> incidentStart(IncidentId incident) {
    return Optional.empty();
  }
}
