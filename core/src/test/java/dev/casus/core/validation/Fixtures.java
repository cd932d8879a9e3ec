package dev.casus.core.validation;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.casualty.ImmutableCasualtyReport;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.ImmutableFeed;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.incident.ImmutableIncident;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.name.Name;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.source.SourceKind;
import dev.casus.core.statement.ImmutableStatement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.statement.StatementKind;
import dev.casus.core.territory.ImmutableTerritory;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;
import dev.casus.core.time.EdtfTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Minimal valid entities and feeds for the validation tests, dated around the seed article. */
final class Fixtures {

  /** When test feeds are created: the day after the Ganja strike. */
  static final Instant CREATED = Instant.parse("2020-10-05T00:00:00Z");

  private Fixtures() {}

  static ImmutableFeed.Builder feed() {
    return Feed.builder().producer("validation-tests").createdAt(CREATED);
  }

  static EdtfTime time(String edtf) {
    return EdtfTime.parse(edtf);
  }

  static Source source(String id) {
    return Source.builder().id(SourceId.of(id)).kind(SourceKind.NEWS_ARTICLE).build();
  }

  static Actor actor(String id) {
    return Actor.builder().id(ActorId.of(id)).kind(ActorKind.STATE).name(Name.of(id)).build();
  }

  static ImmutableTerritory.Builder territory(String id) {
    return Territory.builder().id(TerritoryId.of(id)).kind(TerritoryKind.CITY).name(Name.of(id));
  }

  /** An incident on 2020-10-04 at a point near Ganja. */
  static ImmutableIncident.Builder incident(String id) {
    return Incident.builder()
        .id(IncidentId.of(id))
        .type(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK)
        .time(time("2020-10-04"))
        .addLocation(Location.of(GeoPoint.of(40.6828, 46.3606), LocationPrecision.NEAR));
  }

  static ImmutableStatement.Builder statement(String id, String speaker) {
    return dev.casus.core.statement.Statement.builder()
        .id(StatementId.of(id))
        .kind(StatementKind.CLAIM)
        .speaker(ActorId.of(speaker));
  }

  /** A report of one civilian killed, about an incident. */
  static ImmutableCasualtyReport.Builder report(String id, String incident) {
    return CasualtyReport.builder()
        .id(CasualtyReportId.of(id))
        .incident(IncidentId.of(incident))
        .addFigure(
            CasualtyFigure.of(CasualtyOutcome.KILLED, CasualtyGroup.CIVILIAN, Estimate.exactly(1)));
  }

  /** Each finding as {@code "code pointer"}, for comparing lists at a glance. */
  static List<String> codesAndPointers(ValidationReport report) {
    return report.findings().stream()
        .map(f -> f.code().wireName() + " " + f.pointer())
        .collect(Collectors.toList());
  }
}
