package dev.casus.jackson.deser;

import dev.casus.core.actor.ActorKind;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.incident.IncidentStatus;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Means;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.incident.TargetCategory;
import dev.casus.core.source.SourceKind;
import dev.casus.core.statement.Channel;
import dev.casus.core.statement.Stance;
import dev.casus.core.statement.StatementKind;
import dev.casus.core.statement.TextForm;
import dev.casus.core.territory.ControlStatus;
import dev.casus.core.territory.TerritoryKind;

/** The readers of every code list the wire format uses. */
final class CodeLists {

  static final Codes<SourceKind> SOURCE_KIND = Codes.of(SourceKind.class, "a source kind");
  static final Codes<ActorKind> ACTOR_KIND = Codes.of(ActorKind.class, "an actor kind");
  static final Codes<TerritoryKind> TERRITORY_KIND =
      Codes.of(TerritoryKind.class, "a territory kind");
  static final Codes<IncidentType> INCIDENT_TYPE =
      Codes.of(IncidentType.class, "an incident type");
  static final Codes<Means> MEANS = Codes.of(Means.class, "a means");
  static final Codes<TargetCategory> TARGET = Codes.of(TargetCategory.class, "a target category");
  static final Codes<IncidentStatus> INCIDENT_STATUS =
      Codes.of(IncidentStatus.class, "an incident status");
  static final Codes<StatementKind> STATEMENT_KIND =
      Codes.of(StatementKind.class, "a statement kind");
  static final Codes<Channel> CHANNEL = Codes.of(Channel.class, "a channel");
  static final Codes<TextForm> TEXT_FORM = Codes.of(TextForm.class, "a text form");
  static final Codes<Stance> STANCE = Codes.of(Stance.class, "a stance");
  static final Codes<CasualtyOutcome> OUTCOME =
      Codes.of(CasualtyOutcome.class, "a casualty outcome");
  static final Codes<CasualtyGroup> GROUP = Codes.of(CasualtyGroup.class, "a casualty group");
  static final Codes<LocationPrecision> PRECISION =
      Codes.of(LocationPrecision.class, "a location precision");
  static final Codes<IdScheme> ID_SCHEME = Codes.of(IdScheme.class, "an id scheme");
  static final Codes<Certainty> CERTAINTY = Codes.of(Certainty.class, "a certainty");
  static final Codes<ControlStatus> CONTROL_STATUS =
      Codes.of(ControlStatus.class, "a control status");
  static final Codes<ParticipantRole> PARTICIPANT_ROLE =
      Codes.of(ParticipantRole.class, "a participant role");

  private CodeLists() {}
}
