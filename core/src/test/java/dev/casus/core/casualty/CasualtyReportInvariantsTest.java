package dev.casus.core.casualty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.casus.core.actor.ActorId;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.incident.IncidentId;
import org.junit.jupiter.api.Test;

class CasualtyReportInvariantsTest {

  private static final CasualtyFigure ONE_CIVILIAN_KILLED =
      CasualtyFigure.of(CasualtyOutcome.KILLED, CasualtyGroup.CIVILIAN, Estimate.exactly(1));

  private static ImmutableCasualtyReport.Builder ganja() {
    return CasualtyReport.builder().id(CasualtyReportId.of("cr-ganja"));
  }

  @Test
  void mustBeAboutAnIncidentOrATerritory() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ganja().addFigure(ONE_CIVILIAN_KILLED).build());
    assertEquals(
        "CasualtyReport cr-ganja must be about an incident or a territory: both are absent",
        e.getMessage());
  }

  @Test
  void mustHoldAFigure() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ganja().incident(IncidentId.of("inc-ganja")).build());
    assertEquals("CasualtyReport.figures must not be empty in cr-ganja", e.getMessage());
  }

  @Test
  void holdsAtMostOneCountPerOutcomeGroupAndSide() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ganja()
                    .incident(IncidentId.of("inc-ganja"))
                    .addFigure(ONE_CIVILIAN_KILLED)
                    .addFigure(
                        CasualtyFigure.of(
                            CasualtyOutcome.KILLED, CasualtyGroup.CIVILIAN, Estimate.exactly(2)))
                    .build());
    assertEquals(
        "CasualtyReport.figures holds two counts for killed / civilian in cr-ganja",
        e.getMessage());
  }

  @Test
  void countsPerSideAreDistinct() {
    CasualtyReport r =
        ganja()
            .incident(IncidentId.of("inc-clashes"))
            .addFigure(
                CasualtyFigure.builder()
                    .outcome(CasualtyOutcome.KILLED)
                    .group(CasualtyGroup.MILITARY)
                    .side(ActorId.of("act-arm"))
                    .count(Estimate.atLeast(24).withText("dozens"))
                    .build())
            .addFigure(
                CasualtyFigure.builder()
                    .outcome(CasualtyOutcome.KILLED)
                    .group(CasualtyGroup.MILITARY)
                    .side(ActorId.of("act-aze"))
                    .count(Estimate.atLeast(1))
                    .build())
            .build();
    assertEquals(2, r.figures().size());
  }
}
