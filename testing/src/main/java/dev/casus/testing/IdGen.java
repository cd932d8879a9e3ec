package dev.casus.testing;

import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.TerritoryId;

/** Random, well-formed entity ids of every kind. */
final class IdGen {

  private final TextGen text;

  IdGen(TextGen text) {
    this.text = text;
  }

  SourceId sourceId() {
    return SourceId.of(text.idValue("src"));
  }

  ActorId actorId() {
    return ActorId.of(text.idValue("act"));
  }

  TerritoryId territoryId() {
    return TerritoryId.of(text.idValue("ter"));
  }

  IncidentId incidentId() {
    return IncidentId.of(text.idValue("inc"));
  }

  StatementId statementId() {
    return StatementId.of(text.idValue("st"));
  }

  CasualtyReportId casualtyReportId() {
    return CasualtyReportId.of(text.idValue("cas"));
  }
}
