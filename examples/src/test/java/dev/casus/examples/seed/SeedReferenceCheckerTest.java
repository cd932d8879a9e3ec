package dev.casus.examples.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.name.Name;
import dev.casus.core.statement.StatementId;
import dev.casus.core.time.EdtfTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference checker the seed tests rely on must find what is missing. */
class SeedReferenceCheckerTest {

  @Test
  void reportsEveryDanglingReferenceWithWhereItIs() {
    Feed feed =
        Feed.builder()
            .producer("test")
            .createdAt(Instant.parse("2020-10-05T00:00:00Z"))
            .addActor(
                Actor.builder()
                    .id(ActorId.of("act-armenia"))
                    .kind(ActorKind.STATE)
                    .name(Name.of("Armenia"))
                    .build())
            .addIncident(
                Incident.builder()
                    .id(IncidentId.of("inc-ganja"))
                    .type(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK)
                    .time(EdtfTime.parse("2020-10-04"))
                    .addParticipant(
                        Participant.builder()
                            .actor(ActorId.of("act-armenia"))
                            .role(ParticipantRole.PERPETRATOR)
                            .certainty(Certainty.ALLEGED)
                            .addAttributedIn(StatementId.of("st-missing"))
                            .build())
                    .addParticipant(
                        Participant.of(
                            ActorId.of("act-nobody"), ParticipantRole.TARGET, Certainty.UNKNOWN))
                    .partOf(IncidentId.of("inc-missing"))
                    .build())
            .build();

    FeedReferences refs = FeedReferences.of(feed);

    assertEquals(
        List.of(
            "inc-ganja.participants.attributedIn -> st-missing",
            "inc-ganja.participants.actor -> act-nobody",
            "inc-ganja.partOf -> inc-missing"),
        refs.unresolved());
    assertTrue(refs.referenced().contains(ActorId.of("act-armenia")));
  }
}
