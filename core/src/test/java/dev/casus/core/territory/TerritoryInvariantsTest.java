package dev.casus.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.name.Name;
import dev.casus.core.time.EdtfTime;
import org.junit.jupiter.api.Test;

class TerritoryInvariantsTest {

  private static ImmutableTerritory.Builder jabrayil() {
    return Territory.builder()
        .id(TerritoryId.of("ter-jabrayil"))
        .kind(TerritoryKind.CITY)
        .name(Name.of("Jabrayil"));
  }

  @Test
  void controlChangesAreClaims() {
    Territory t =
        jabrayil()
            .population(Estimate.atLeast(1).withText("a city"))
            .addControlClaim(
                ControlClaim.builder()
                    .controller(ActorId.of("act-aze"))
                    .status(ControlStatus.CONTROLLED)
                    .period(EdtfTime.parse("2020-10-04/.."))
                    .certainty(Certainty.CLAIMED)
                    .claimedBy(ActorId.of("act-aliyev"))
                    .build())
            .build();
    assertEquals(Certainty.CLAIMED, t.controlClaims().get(0).certainty());
  }

  @Test
  void rejectsBeingItsOwnParent() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> jabrayil().parent(TerritoryId.of("ter-jabrayil")).build());
    assertEquals(
        "Territory.parent must not be the territory itself: ter-jabrayil", e.getMessage());
  }

  @Test
  void aControlClaimNeedsACertainty() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                ControlClaim.builder()
                    .controller(ActorId.of("act-aze"))
                    .status(ControlStatus.CONTROLLED)
                    .build());
    assertEquals(true, e.getMessage().contains("certainty"), e.getMessage());
  }
}
