package dev.casus.core.validation;

import static dev.casus.core.validation.Fixtures.actor;
import static dev.casus.core.validation.Fixtures.incident;
import static dev.casus.core.validation.Fixtures.report;
import static dev.casus.core.validation.Fixtures.source;
import static dev.casus.core.validation.Fixtures.statement;
import static dev.casus.core.validation.Fixtures.territory;
import static dev.casus.core.validation.Fixtures.time;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.Affiliation;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.Feed;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.Stance;
import dev.casus.core.statement.StatementId;
import dev.casus.core.statement.Subject;
import dev.casus.core.territory.ControlClaim;
import dev.casus.core.territory.ControlStatus;
import dev.casus.core.territory.TerritoryId;
import java.util.List;

/** A feed with 22 problems of 8 codes spread over all six entity kinds. */
final class ManyProblemsFeed {

  /** The findings it gives, as {@code code pointer}, in document order. */
  static final List<String> EXPECTED =
      List.of(
          "unresolved_reference /sources/0/author",
          "source_cycle /sources/0/partOf",
          "unresolved_reference /actors/0/country",
          "unresolved_reference /actors/0/affiliations/0/organisation",
          "territory_cycle /territories/0/parent",
          "unresolved_reference /territories/2/controlClaims/0/controller",
          "unresolved_reference /territories/2/controlClaims/0/statement",
          "dated_after_feed /incidents/0/time",
          "incident_without_location /incidents/0",
          "unresolved_reference /incidents/0/participants/0/actor",
          "incident_cycle /incidents/0/partOf",
          "unresolved_reference /incidents/1/sources/0",
          "unresolved_reference /incidents/2/locations/1/territory",
          "unresolved_reference /statements/0/speaker",
          "dated_before_incident /statements/0/time",
          "asserts_and_denies /statements/0/subjects/1",
          "unresolved_reference /statements/0/subjects/2/incident",
          "dated_after_feed /statements/1/time",
          "dated_before_incident /casualtyReports/0/asOf",
          "unresolved_reference /casualtyReports/0/figures/0/side",
          "unresolved_reference /casualtyReports/1/territory",
          "dated_after_feed /casualtyReports/1/period");

  /** How many of {@link #EXPECTED} are warnings; the others are errors. */
  static final int WARNINGS = 7;

  private ManyProblemsFeed() {}

  static Feed feed() {
    IncidentId incC = IncidentId.of("inc-c");
    return Fixtures.feed()
        .addSources(
            Source.builder()
                .from(source("src-a"))
                .author(ActorId.of("act-missing"))
                .partOf(SourceId.of("src-b"))
                .build(),
            Source.builder().from(source("src-b")).partOf(SourceId.of("src-a")).build())
        .addActors(
            Actor.builder()
                .from(actor("act-1"))
                .country(TerritoryId.of("ter-missing"))
                .addAffiliation(Affiliation.of(ActorId.of("act-missing-2")))
                .build())
        .addTerritories(
            territory("ter-a").parent(TerritoryId.of("ter-b")).build(),
            territory("ter-b").parent(TerritoryId.of("ter-a")).build(),
            territory("ter-c")
                .addControlClaim(
                    ControlClaim.builder()
                        .controller(ActorId.of("act-nobody"))
                        .status(ControlStatus.CONTESTED)
                        .certainty(Certainty.CLAIMED)
                        .claimedBy(ActorId.of("act-1"))
                        .statement(StatementId.of("st-missing"))
                        .build())
                .build())
        .addIncidents(
            Incident.builder()
                .from(incident("inc-a").build())
                .time(time("2020-10-07"))
                .locations(List.of())
                .addParticipant(
                    Participant.of(
                        ActorId.of("act-ghost"), ParticipantRole.PERPETRATOR, Certainty.ALLEGED))
                .partOf(IncidentId.of("inc-b"))
                .build(),
            incident("inc-b")
                .partOf(IncidentId.of("inc-a"))
                .addSource(SourceId.of("src-missing"))
                .build(),
            incident("inc-c")
                .addLocation(Location.of(TerritoryId.of("ter-x"), LocationPrecision.EXACT))
                .build())
        .addStatements(
            statement("st-a", "act-ghost")
                .time(time("2020-10-03"))
                .addSubject(Subject.of(incC, Stance.ASSERTS))
                .addSubject(Subject.of(incC, Stance.DENIES))
                .addSubject(Subject.of(IncidentId.of("inc-zzz"), Stance.ASSERTS))
                .build(),
            statement("st-b", "act-1").time(time("2020-10-09")).build())
        .addCasualtyReports(
            CasualtyReport.builder()
                .id(CasualtyReportId.of("cr-a"))
                .incident(incC)
                .asOf(time("2020-10-01"))
                .addFigure(
                    CasualtyFigure.builder()
                        .outcome(CasualtyOutcome.KILLED)
                        .group(CasualtyGroup.MILITARY)
                        .side(ActorId.of("act-ghost"))
                        .count(Estimate.atLeast(4))
                        .build())
                .build(),
            CasualtyReport.builder()
                .from(report("cr-b", "inc-c").build())
                .territory(TerritoryId.of("ter-nowhere"))
                .period(time("2020-11"))
                .statement(StatementId.of("st-b"))
                .addSource(SourceId.of("src-a"))
                .build())
        .build();
  }
}
