package dev.casus.core.validation;

import static dev.casus.core.validation.Fixtures.actor;
import static dev.casus.core.validation.Fixtures.codesAndPointers;
import static dev.casus.core.validation.Fixtures.feed;
import static dev.casus.core.validation.Fixtures.incident;
import static dev.casus.core.validation.Fixtures.report;
import static dev.casus.core.validation.Fixtures.source;
import static dev.casus.core.validation.Fixtures.statement;
import static dev.casus.core.validation.Fixtures.territory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.Affiliation;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.feed.Feed;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
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
import org.junit.jupiter.api.Test;

/** Every reference member of every entity is checked, with the pointer the wire format gives it. */
class UnresolvedReferenceTest {

  private static final String U = "unresolved_reference ";

  @Test
  void sourceAuthorAndPartOf() {
    Feed feed =
        feed()
            .addSource(
                Source.builder()
                    .from(source("src-tweet"))
                    .author(ActorId.of("act-hajiyev"))
                    .partOf(SourceId.of("src-trt"))
                    .build())
            .build();
    ValidationReport report = ModelValidator.validate(feed);
    assertEquals(
        List.of(U + "/sources/0/author", U + "/sources/0/partOf"), codesAndPointers(report));
    assertTrue(report.findings().get(0).message().contains("no actor with id \"act-hajiyev\""));
    assertTrue(report.findings().get(1).message().contains("no source with id \"src-trt\""));
    assertEquals(Severity.ERROR, report.findings().get(0).severity());
    assertFalse(report.isValid());
  }

  @Test
  void actorCountryAndAffiliations() {
    Feed feed =
        feed()
            .addActor(
                Actor.builder()
                    .from(actor("act-stepanian"))
                    .country(TerritoryId.of("ter-arm"))
                    .addAffiliation(Affiliation.of(ActorId.of("act-mod-arm"), "spokeswoman"))
                    .build())
            .build();
    assertEquals(
        List.of(U + "/actors/0/country", U + "/actors/0/affiliations/0/organisation"),
        codesAndPointers(ModelValidator.validate(feed)));
  }

  @Test
  void territoryParentAndControlClaims() {
    Feed feed =
        feed()
            .addTerritory(territory("ter-ok").build())
            .addTerritory(
                territory("ter-jabrayil")
                    .parent(TerritoryId.of("ter-aze"))
                    .addControlClaim(
                        ControlClaim.builder()
                            .controller(ActorId.of("act-aze"))
                            .status(ControlStatus.CONTROLLED)
                            .certainty(Certainty.CLAIMED)
                            .claimedBy(ActorId.of("act-aliyev"))
                            .statement(StatementId.of("st-address"))
                            .addSource(SourceId.of("src-trt"))
                            .build())
                    .build())
            .build();
    String claim = "/territories/1/controlClaims/0";
    assertEquals(
        List.of(
            U + "/territories/1/parent",
            U + claim + "/controller",
            U + claim + "/claimedBy",
            U + claim + "/statement",
            U + claim + "/sources/0"),
        codesAndPointers(ModelValidator.validate(feed)));
  }

  @Test
  void incidentLocationsParticipantsPartOfAndSources() {
    Feed feed =
        feed()
            .addIncident(
                incident("inc-ganja")
                    .addLocation(Location.of(TerritoryId.of("ter-ganja"), LocationPrecision.EXACT))
                    .addParticipant(
                        Participant.builder()
                            .actor(ActorId.of("act-arm"))
                            .role(ParticipantRole.PERPETRATOR)
                            .certainty(Certainty.ALLEGED)
                            .addAttributedIn(StatementId.of("st-hajiyev"))
                            .build())
                    .partOf(IncidentId.of("inc-clashes"))
                    .addSource(SourceId.of("src-trt"))
                    .build())
            .build();
    assertEquals(
        List.of(
            U + "/incidents/0/locations/1/territory",
            U + "/incidents/0/participants/0/actor",
            U + "/incidents/0/participants/0/attributedIn/0",
            U + "/incidents/0/partOf",
            U + "/incidents/0/sources/0"),
        codesAndPointers(ModelValidator.validate(feed)));
  }

  @Test
  void statementSpeakerAddresseesSubjectsOfEveryKindAndSources() {
    Feed feed =
        feed()
            .addStatement(
                statement("st-aliyev", "act-aliyev")
                    .onBehalfOf(ActorId.of("act-aze"))
                    .addAddressee(ActorId.of("act-sarkissian"))
                    .addSubject(Subject.of(SourceId.of("src-x"), Stance.ASSERTS))
                    .addSubject(Subject.of(ActorId.of("act-x"), Stance.ASSERTS))
                    .addSubject(Subject.of(TerritoryId.of("ter-x"), Stance.ASSERTS))
                    .addSubject(Subject.of(IncidentId.of("inc-x"), Stance.ASSERTS))
                    .addSubject(Subject.of(StatementId.of("st-x"), Stance.DISPUTES))
                    .addSubject(Subject.of(CasualtyReportId.of("cr-x"), Stance.DENIES))
                    .addSource(SourceId.of("src-trt"))
                    .build())
            .build();
    ValidationReport report = ModelValidator.validate(feed);
    String s = "/statements/0";
    assertEquals(
        List.of(
            U + s + "/speaker",
            U + s + "/onBehalfOf",
            U + s + "/addressees/0",
            U + s + "/subjects/0/source",
            U + s + "/subjects/1/actor",
            U + s + "/subjects/2/territory",
            U + s + "/subjects/3/incident",
            U + s + "/subjects/4/statement",
            U + s + "/subjects/5/casualtyReport",
            U + s + "/sources/0"),
        codesAndPointers(report));
    assertTrue(
        report.findings().get(8).message().startsWith("no casualty report with id \"cr-x\""),
        report.findings().get(8).message());
  }

  @Test
  void casualtyReportMembers() {
    Feed feed =
        feed()
            .addCasualtyReport(
                report("cr-ganja", "inc-ganja")
                    .reportedBy(ActorId.of("act-aze"))
                    .territory(TerritoryId.of("ter-ganja"))
                    .figures(
                        List.of(
                            dev.casus.core.casualty.CasualtyFigure.builder()
                                .outcome(dev.casus.core.casualty.CasualtyOutcome.KILLED)
                                .group(dev.casus.core.casualty.CasualtyGroup.CIVILIAN)
                                .side(ActorId.of("act-aze-civ"))
                                .count(dev.casus.core.estimate.Estimate.exactly(1))
                                .build()))
                    .statement(StatementId.of("st-hajiyev"))
                    .addSource(SourceId.of("src-trt"))
                    .build())
            .build();
    String r = "/casualtyReports/0";
    assertEquals(
        List.of(
            U + r + "/reportedBy",
            U + r + "/incident",
            U + r + "/territory",
            U + r + "/figures/0/side",
            U + r + "/statement",
            U + r + "/sources/0"),
        codesAndPointers(ModelValidator.validate(feed)));
  }

  @Test
  void forwardAndBackwardReferencesResolve() {
    Feed feed =
        feed()
            .addSource(
                Source.builder().from(source("src-tweet")).author(ActorId.of("act-h")).build())
            .addActor(actor("act-h"))
            .addIncident(incident("inc-1").addSource(SourceId.of("src-tweet")).build())
            .build();
    ValidationReport report = ModelValidator.validate(feed);
    assertEquals(List.of(), report.findings());
    assertTrue(report.isValid());
  }

  @Test
  void aReferenceToAnotherKindWithTheSameIdDoesNotResolve() {
    Feed feed =
        feed()
            .addActor(actor("ganja"))
            .addIncident(
                incident("inc-1")
                    .addLocation(Location.of(TerritoryId.of("ganja"), LocationPrecision.EXACT))
                    .build())
            .build();
    assertEquals(
        List.of(U + "/incidents/0/locations/1/territory"),
        codesAndPointers(ModelValidator.validate(feed)));
  }
}
