package dev.casus.jackson.property;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.actor.Affiliation;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.code.CodeList;
import dev.casus.core.entity.EntityKind;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.FeedHeader;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.IncidentStatus;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Means;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.incident.TargetCategory;
import dev.casus.core.name.Name;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.source.SourceKind;
import dev.casus.core.statement.Channel;
import dev.casus.core.statement.Stance;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.statement.StatementKind;
import dev.casus.core.statement.StatementText;
import dev.casus.core.statement.Subject;
import dev.casus.core.statement.TextForm;
import dev.casus.core.territory.ControlClaim;
import dev.casus.core.territory.ControlStatus;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;
import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfInterval;
import dev.casus.core.time.EdtfTime;
import dev.casus.testing.CasusGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A generator of one model type for the per-type properties: every value type, id kind, code
 * list and entity of the wire format, and the feed header. Nested value types without a generator
 * of their own (Affiliation, ControlClaim, Participant, StatementText, Subject, CasualtyFigure) are
 * taken from generated entities.
 *
 * @param name the name shown in the test report
 * @param type the model type the JSON is read back as, e.g. {@code EdtfTime.class}
 * @param generator draws one value
 */
record GeneratedValue(String name, Class<?> type, Function<CasusGenerators, ?> generator) {

  /** Entities drawn, at most, to find one whose nested list is not empty. */
  private static final int MAX_DRAWS = 200;

  /** Every code list of the wire format (the enums that entities and value types carry). */
  static final List<Class<? extends Enum<?>>> CODE_LISTS =
      List.of(
          ActorKind.class, Certainty.class, CasualtyGroup.class, CasualtyOutcome.class,
          ControlStatus.class, EntityKind.class, IdScheme.class, IncidentStatus.class,
          IncidentType.class, LocationPrecision.class, Means.class, ParticipantRole.class,
          SourceKind.class, Channel.class, Stance.class, StatementKind.class, TargetCategory.class,
          TerritoryKind.class, TextForm.class);

  @Override
  public String toString() {
    return name;
  }

  /** Every generated model type. */
  static List<GeneratedValue> all() {
    List<GeneratedValue> all = new ArrayList<>();
    all.add(of("Estimate", Estimate.class, CasusGenerators::estimate));
    all.add(of("EdtfDate", EdtfDate.class, CasusGenerators::edtfDate));
    all.add(of("EdtfInterval", EdtfInterval.class, CasusGenerators::edtfInterval));
    all.add(of("EdtfTime", EdtfTime.class, CasusGenerators::edtfTime));
    all.add(of("GeoPoint", GeoPoint.class, CasusGenerators::geoPoint));
    all.add(of("Location", Location.class, CasusGenerators::location));
    all.add(of("Name", Name.class, CasusGenerators::name));
    all.add(of("ExternalId", ExternalId.class, CasusGenerators::externalId));
    all.add(of("SourceId", SourceId.class, CasusGenerators::sourceId));
    all.add(of("ActorId", ActorId.class, CasusGenerators::actorId));
    all.add(of("TerritoryId", TerritoryId.class, CasusGenerators::territoryId));
    all.add(of("IncidentId", IncidentId.class, CasusGenerators::incidentId));
    all.add(of("StatementId", StatementId.class, CasusGenerators::statementId));
    all.add(of("CasualtyReportId", CasualtyReportId.class, CasusGenerators::casualtyReportId));
    all.add(of("Affiliation", Affiliation.class,
        g -> nested(g, CasusGenerators::actor, Actor::affiliations)));
    all.add(of("ControlClaim", ControlClaim.class,
        g -> nested(g, CasusGenerators::territory, Territory::controlClaims)));
    all.add(of("Participant", Participant.class,
        g -> nested(g, CasusGenerators::incident, Incident::participants)));
    all.add(of("StatementText", StatementText.class,
        g -> nested(g, CasusGenerators::statement, Statement::texts)));
    all.add(of("Subject", Subject.class,
        g -> nested(g, CasusGenerators::statement, Statement::subjects)));
    all.add(of("CasualtyFigure", CasualtyFigure.class,
        g -> nested(g, CasusGenerators::casualtyReport, CasualtyReport::figures)));
    all.add(of("Source", Source.class, CasusGenerators::source));
    all.add(of("Actor", Actor.class, CasusGenerators::actor));
    all.add(of("Territory", Territory.class, CasusGenerators::territory));
    all.add(of("Incident", Incident.class, CasusGenerators::incident));
    all.add(of("Statement", Statement.class, CasusGenerators::statement));
    all.add(of("CasualtyReport", CasualtyReport.class, CasusGenerators::casualtyReport));
    all.add(of("FeedHeader", FeedHeader.class, CasusGenerators::feedHeader));
    for (Class<? extends Enum<?>> codeList : CODE_LISTS) {
      all.add(codeList(codeList));
    }
    return all;
  }

  private static GeneratedValue of(
      String name, Class<?> type, Function<CasusGenerators, ?> generator) {
    return new GeneratedValue(name, type, generator);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static GeneratedValue codeList(Class<? extends Enum<?>> type) {
    if (!CodeList.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException(type + " is not a code list");
    }
    Class raw = type;
    return of(type.getSimpleName(), type, g -> g.enumValue(raw));
  }

  /** The last element of the first non-empty list found in entities drawn from {@code g}. */
  private static <E, T> T nested(
      CasusGenerators g,
      Function<CasusGenerators, E> entity,
      Function<E, ? extends List<T>> list) {
    for (int i = 0; i < MAX_DRAWS; i++) {
      List<T> values = list.apply(entity.apply(g));
      if (!values.isEmpty()) {
        return values.get(values.size() - 1);
      }
    }
    throw new AssertionError("no non-empty list in " + MAX_DRAWS + " generated entities");
  }
}
