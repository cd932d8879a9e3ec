package dev.casus.core.validation;

import static dev.casus.core.validation.Fixtures.actor;
import static dev.casus.core.validation.Fixtures.feed;
import static dev.casus.core.validation.Fixtures.incident;
import static dev.casus.core.validation.Fixtures.report;
import static dev.casus.core.validation.Fixtures.source;
import static dev.casus.core.validation.Fixtures.statement;
import static dev.casus.core.validation.Fixtures.territory;
import static dev.casus.core.validation.Fixtures.time;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.ImmutableFeed;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.Stance;
import dev.casus.core.statement.Subject;
import dev.casus.core.territory.TerritoryId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/validation.md documents every code and quotes the real messages of the model checks. */
class ValidationDocsTest {

  private static String docs() throws IOException {
    Path path = Path.of("..", "docs", "validation.md");
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  /** Asserts that the docs quote every finding of {@code code} in the report, and there is one. */
  private static void assertQuoted(String docs, FindingCode code, ValidationReport report) {
    List<Finding> findings =
        report.findings().stream().filter(f -> f.code() == code).collect(Collectors.toList());
    assertFalse(findings.isEmpty(), "no " + code.wireName() + " finding in " + report);
    for (Finding f : findings) {
      assertTrue(docs.contains(f.toString()), "docs/validation.md should quote: " + f);
    }
  }

  private static void assertQuoted(String docs, FindingCode code, Feed feed) {
    assertQuoted(docs, code, ModelValidator.validate(feed));
  }

  @Test
  void everyCodeHasASection() throws IOException {
    String docs = docs();
    for (FindingCode code : FindingCode.values()) {
      assertTrue(
          docs.contains("#### `" + code.wireName() + "` ("), "no section for " + code.wireName());
    }
  }

  @Test
  void theModelCheckExamplesQuoteTheRealMessages() throws IOException {
    String docs = docs();
    FindingCode unresolved = FindingCode.UNRESOLVED_REFERENCE;
    Participant armenia =
        Participant.of(ActorId.of("act-arm"), ParticipantRole.PERPETRATOR, Certainty.ALLEGED);
    Feed elsewhere =
        feed().addIncident(incident("inc-ganja").addParticipant(armenia).build()).build();
    assertQuoted(docs, unresolved, elsewhere);
    assertQuoted(docs, unresolved, ImmutableFeed.copyOf(elsewhere).withPartial(true));

    assertQuoted(
        docs,
        FindingCode.TERRITORY_CYCLE,
        feed()
            .addTerritory(territory("ter-ganja").parent(TerritoryId.of("ter-aze")).build())
            .addTerritory(territory("ter-aze").parent(TerritoryId.of("ter-ganja")).build())
            .build());
    assertQuoted(
        docs,
        FindingCode.INCIDENT_CYCLE,
        feed()
            .addIncident(incident("inc-ganja").partOf(IncidentId.of("inc-clashes")).build())
            .addIncident(incident("inc-clashes").partOf(IncidentId.of("inc-ganja")).build())
            .build());
    assertQuoted(
        docs,
        FindingCode.SOURCE_CYCLE,
        feed()
            .addSource(
                Source.builder().from(source("src-photo")).partOf(SourceId.of("src-trt")).build())
            .addSource(
                Source.builder().from(source("src-trt")).partOf(SourceId.of("src-photo")).build())
            .build());
    assertQuoted(
        docs,
        FindingCode.DATED_BEFORE_INCIDENT,
        feed()
            .addIncident(incident("inc-ganja").build())
            .addCasualtyReport(report("cr-ganja", "inc-ganja").asOf(time("2020-10-03")).build())
            .build());
    assertQuoted(
        docs,
        FindingCode.ASSERTS_AND_DENIES,
        feed()
            .addStatement(
                statement("st-hajiyev", "act-hajiyev")
                    .addSubject(Subject.of(IncidentId.of("inc-ganja"), Stance.ASSERTS))
                    .addSubject(Subject.of(IncidentId.of("inc-ganja"), Stance.DENIES))
                    .build())
            .build());
    assertQuoted(
        docs,
        FindingCode.DATED_AFTER_FEED,
        feed().addIncident(incident("inc-clashes").time(time("2020-10-06")).build()).build());
    assertQuoted(
        docs,
        FindingCode.INCIDENT_WITHOUT_LOCATION,
        feed()
            .addIncident(
                incident("inc-clashes").time(time("2020-09-27/..")).locations(List.of()).build())
            .build());

    StreamingChecks checks = StreamingChecks.start(ValidationProfile.strict());
    checks.header(feed().build());
    Actor armeniaState = actor("act-arm");
    checks.accept(armeniaState, RecordPosition.onLine(2));
    checks.accept(
        Actor.builder().from(armeniaState).kind(ActorKind.GOVERNMENT_BODY).build(),
        RecordPosition.onLine(3));
    assertQuoted(docs, FindingCode.DUPLICATE_ID, checks.finish());
  }
}
