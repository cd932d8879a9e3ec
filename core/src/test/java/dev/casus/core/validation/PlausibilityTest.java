package dev.casus.core.validation;

import static dev.casus.core.validation.Fixtures.actor;
import static dev.casus.core.validation.Fixtures.codesAndPointers;
import static dev.casus.core.validation.Fixtures.feed;
import static dev.casus.core.validation.Fixtures.incident;
import static dev.casus.core.validation.Fixtures.report;
import static dev.casus.core.validation.Fixtures.statement;
import static dev.casus.core.validation.Fixtures.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.ActorId;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.statement.Stance;
import dev.casus.core.statement.Subject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warnings: plausible-looking data that is probably wrong. */
class PlausibilityTest {

  private static final IncidentId GANJA = IncidentId.of("inc-ganja");

  private static ValidationReport validate(Feed feed) {
    return ModelValidator.validate(feed);
  }

  @Test
  void casualtyReportDatedBeforeItsIncident() {
    Feed feed =
        feed()
            .addIncident(incident("inc-ganja").build())
            .addCasualtyReport(report("cr-ganja", "inc-ganja").asOf(time("2020-10-03")).build())
            .build();
    ValidationReport report = validate(feed);
    assertEquals(
        List.of("dated_before_incident /casualtyReports/0/asOf"), codesAndPointers(report));
    Finding f = report.findings().get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(
        "casualty report asOf \"2020-10-03\" ends before incident \"inc-ganja\" begins"
            + " (2020-10-04); check both dates, or whether it is about another incident",
        f.message());
    assertTrue(report.isValid(), "warnings do not make a feed invalid");
  }

  @Test
  void statementDatedBeforeAnIncidentItIsAbout() {
    Feed feed =
        feed()
            .addActor(actor("act-hajiyev"))
            .addIncident(incident("inc-ganja").build())
            .addStatement(
                statement("st-1", "act-hajiyev")
                    .time(time("2020-10-03"))
                    .addSubject(Subject.of(ActorId.of("act-hajiyev"), Stance.ASSERTS))
                    .addSubject(Subject.of(GANJA, Stance.DENIES))
                    .build())
            .build();
    assertEquals(
        List.of("dated_before_incident /statements/0/time"), codesAndPointers(validate(feed)));
  }

  @Test
  void aStatementNamingTheSameIncidentTwiceGetsOneDateFinding() {
    Feed feed =
        feed()
            .addActor(actor("act-hajiyev"))
            .addIncident(incident("inc-ganja").build())
            .addStatement(
                statement("st-1", "act-hajiyev")
                    .time(time("2020-10-03"))
                    .addSubject(Subject.of(GANJA, Stance.ASSERTS))
                    .addSubject(Subject.of(GANJA, Stance.DISPUTES))
                    .build())
            .build();
    assertEquals(
        List.of("dated_before_incident /statements/0/time"), codesAndPointers(validate(feed)));
  }

  @Test
  void datesThatMayOverlapTheIncidentAreFine() {
    Feed feed =
        feed()
            .addIncident(incident("inc-ganja").build())
            .addIncident(incident("inc-open").time(time("../2020-10-04")).build())
            .addCasualtyReport(report("cr-same-day", "inc-ganja").asOf(time("2020-10-04")).build())
            .addCasualtyReport(report("cr-month", "inc-ganja").asOf(time("2020-10")).build())
            .addCasualtyReport(report("cr-since", "inc-ganja").asOf(time("2020-09-01/..")).build())
            .addCasualtyReport(report("cr-open-start", "inc-open").asOf(time("1990")).build())
            .build();
    assertEquals(List.of(), validate(feed).findings());
  }

  @Test
  void statementThatAssertsAndDeniesTheSameIncident() {
    Feed feed =
        feed()
            .addActor(actor("act-x"))
            .addIncident(incident("inc-ganja").build())
            .addStatement(
                statement("st-1", "act-x")
                    .addSubject(Subject.of(GANJA, Stance.ASSERTS))
                    .addSubject(Subject.of(ActorId.of("act-x"), Stance.DENIES))
                    .addSubject(Subject.of(GANJA, Stance.DISPUTES))
                    .addSubject(Subject.of(GANJA, Stance.DENIES))
                    .addSubject(Subject.of(GANJA, Stance.ASSERTS))
                    .build())
            .build();
    ValidationReport report = validate(feed);
    assertEquals(List.of("asserts_and_denies /statements/0/subjects/3"), codesAndPointers(report));
    assertEquals(Severity.WARNING, report.findings().get(0).severity());
    assertEquals(
        "the statement asserts (subjects/0) and denies (subjects/3) incident \"inc-ganja\"; split"
            + " it into two statements or correct a stance",
        report.findings().get(0).message());
  }

  @Test
  void assertingAndDisputingIsNoContradiction() {
    Feed feed =
        feed()
            .addActor(actor("act-x"))
            .addIncident(incident("inc-ganja").build())
            .addStatement(
                statement("st-1", "act-x")
                    .addSubject(Subject.of(GANJA, Stance.ASSERTS))
                    .addSubject(Subject.of(GANJA, Stance.DISPUTES))
                    .build())
            .build();
    assertEquals(List.of(), validate(feed).findings());
  }

  @Test
  void datedAfterTheFeedWasCreated() {
    Feed feed =
        feed()
            .addActor(actor("act-x"))
            .addIncident(incident("inc-late").time(time("2020-10-06")).build())
            .addIncident(incident("inc-same-day").time(time("2020-10-05")).build())
            .addStatement(statement("st-late", "act-x").time(time("2020-10-06T10:00:00Z")).build())
            .addCasualtyReport(report("cr-late", "inc-same-day").asOf(time("2020-11")).build())
            .addCasualtyReport(
                report("cr-period", "inc-same-day").period(time("2020-10-07/2020-10-09")).build())
            .build();
    ValidationReport report = validate(feed);
    assertEquals(
        List.of(
            "dated_after_feed /incidents/0/time",
            "dated_after_feed /statements/0/time",
            "dated_after_feed /casualtyReports/0/asOf",
            "dated_after_feed /casualtyReports/1/period"),
        codesAndPointers(report));
    assertEquals(
        "incident time \"2020-10-06\" begins after the feed was created (2020-10-05T00:00:00Z);"
            + " check the date or the feed's createdAt",
        report.findings().get(0).message());
    report.findings().forEach(f -> assertEquals(Severity.WARNING, f.severity()));
  }

  @Test
  void theFeedsCreationDayIsTakenInUtc() {
    Feed feed =
        feed()
            .createdAt(Instant.parse("2020-10-04T23:30:00Z"))
            .addIncident(incident("inc-ganja").time(time("2020-10-05")).build())
            .build();
    assertEquals(List.of("dated_after_feed /incidents/0/time"), codesAndPointers(validate(feed)));
  }

  @Test
  void incidentWithoutLocation() {
    Incident noPlace =
        Incident.builder().from(incident("inc-clashes").build()).locations(List.of()).build();
    ValidationReport report = validate(feed().addIncident(noPlace).build());
    assertEquals(List.of("incident_without_location /incidents/0"), codesAndPointers(report));
    assertEquals(Severity.WARNING, report.findings().get(0).severity());
    assertTrue(
        report.findings().get(0).message().startsWith("incident \"inc-clashes\" has no location"));
  }
}
