package dev.casus.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.time.EdtfTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentInvariantsTest {

  private static ImmutableIncident.Builder ganja() {
    return Incident.builder()
        .id(IncidentId.of("inc-ganja"))
        .type(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK)
        .time(EdtfTime.parse("2020-10-04"));
  }

  @Test
  void statusDefaultsToReportedAndMeansAreKeptInCanonicalOrder() {
    Incident i = ganja().addMeans(Means.ROCKET, Means.MISSILE, Means.ROCKET).build();
    assertEquals(IncidentStatus.REPORTED, i.status());
    assertEquals(List.of(Means.MISSILE, Means.ROCKET), List.copyOf(i.means()));
  }

  @Test
  void contestedAttributionsStandSideBySide() {
    Incident i =
        ganja()
            .addParticipant(
                Participant.of(ActorId.of("act-arm"), ParticipantRole.PERPETRATOR, Certainty.ALLEGED))
            .addParticipant(
                Participant.of(ActorId.of("act-arm"), ParticipantRole.PERPETRATOR, Certainty.DENIED))
            .status(IncidentStatus.DISPUTED)
            .build();
    assertEquals(2, i.participants().size());
  }

  @Test
  void rejectsBeingPartOfItself() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ganja().partOf(IncidentId.of("inc-ganja")).build());
    assertEquals("Incident.partOf must not be the incident itself: inc-ganja", e.getMessage());
  }

  @Test
  void rejectsMissingTimeNamingIt() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Incident.builder()
                    .id(IncidentId.of("inc-x"))
                    .type(IncidentType.ARMED_CLASH)
                    .build());
    assertTrue(e.getMessage().contains("time"), e.getMessage());
  }

  @Test
  void rejectsNullsNamingTheMember() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> ganja().summary((String) null));
    assertTrue(e.getMessage().contains("summary"), e.getMessage());
  }

  @Test
  void rejectsBlankSummary() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ganja().summary("").build());
    assertEquals("Incident.summary must not be blank", e.getMessage());
  }
}
