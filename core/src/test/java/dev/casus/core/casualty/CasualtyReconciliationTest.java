package dev.casus.core.casualty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.actor.ActorId;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.SourceId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasualtyReconciliationTest {

  private static CasualtyReport report(String id, String source, CasualtyFigure... figures) {
    return CasualtyReport.builder()
        .id(CasualtyReportId.of(id))
        .incident(IncidentId.of("inc-ganja"))
        .reportedBy(ActorId.of("act-" + id))
        .addSources(SourceId.of(source))
        .addFigures(figures)
        .build();
  }

  private static CasualtyFigure killedCivilians(Estimate e) {
    return CasualtyFigure.of(CasualtyOutcome.KILLED, CasualtyGroup.CIVILIAN, e);
  }

  @Test
  void lowestLowMedianBestHighestHigh() {
    List<ReconciledCount> counts =
        CasualtyReconciliation.reconcile(
            List.of(
                report("a", "src-1", killedCivilians(Estimate.exactly(1))),
                report("b", "src-2", killedCivilians(Estimate.between(2, 3, 5))),
                report("c", "src-1", killedCivilians(Estimate.exactly(4)))));
    assertEquals(1, counts.size());
    ReconciledCount c = counts.get(0);
    assertEquals(Estimate.between(1, 3, 5), c.estimate());
    assertEquals(
        List.of(CasualtyReportId.of("a"), CasualtyReportId.of("b"), CasualtyReportId.of("c")),
        c.reports());
    assertEquals(List.of(SourceId.of("src-1"), SourceId.of("src-2")), c.sources());
  }

  @Test
  void anOpenReportLeavesTheHighOpenAndEvenCountsTakeTheLowerMiddle() {
    ReconciledCount c =
        CasualtyReconciliation.reconcile(
                List.of(
                    report("a", "src-1", killedCivilians(Estimate.exactly(1))),
                    report("b", "src-2", killedCivilians(Estimate.atLeast(2))),
                    report("c", "src-3", killedCivilians(Estimate.exactly(6)))))
            .get(0);
    assertEquals(1, c.estimate().low());
    assertEquals(1, c.estimate().best().getAsLong());
    assertEquals(true, c.estimate().isOpen());
  }

  @Test
  void figuresOfDifferentOutcomesGroupsAndSidesStayApart() {
    CasualtyFigure injured =
        CasualtyFigure.of(CasualtyOutcome.INJURED, CasualtyGroup.CIVILIAN, Estimate.exactly(32));
    CasualtyFigure armenianSoldiers =
        CasualtyFigure.builder()
            .outcome(CasualtyOutcome.KILLED)
            .group(CasualtyGroup.MILITARY)
            .side(ActorId.of("act-arm"))
            .count(Estimate.atLeast(24).withText("dozens"))
            .build();
    List<ReconciledCount> counts =
        CasualtyReconciliation.reconcile(
            List.of(
                report("a", "src-1", killedCivilians(Estimate.exactly(1)), injured),
                report("b", "src-2", armenianSoldiers)));
    assertEquals(3, counts.size());
    assertEquals(CasualtyOutcome.INJURED, counts.get(1).outcome());
    assertEquals(ActorId.of("act-arm"), counts.get(2).side().orElseThrow());
    assertEquals(Estimate.atLeast(24), counts.get(2).estimate());
  }

  @Test
  void noReportsGiveNoCounts() {
    assertEquals(List.of(), CasualtyReconciliation.reconcile(List.of()));
  }
}
