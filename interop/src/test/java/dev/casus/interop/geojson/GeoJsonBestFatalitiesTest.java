package dev.casus.interop.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.territory.TerritoryId;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation rule of {@link BestFatalities}: best-or-low, summed in a report, max across.
 */
class GeoJsonBestFatalitiesTest {

  private static final IncidentId GANJA = IncidentId.of("inc-ganja");

  @Test
  void bestOrLow() {
    assertEquals(32, BestFatalities.bestOrLow(Estimate.exactly(32)));
    assertEquals(4, BestFatalities.bestOrLow(Estimate.atLeast(4)));
    assertEquals(24, BestFatalities.bestOrLow(Estimate.atLeast(24).withText("dozens")));
    assertEquals(7, BestFatalities.bestOrLow(Estimate.between(5, 7, 12)));
    assertEquals(0, BestFatalities.bestOrLow(Estimate.atMost(10)));
    assertEquals(30, BestFatalities.bestOrLow(Estimate.approximately(30)));
  }

  @Test
  void groupsAndSidesAreAddedWithinAReportInjuriesIgnored() {
    CasualtyReport report =
        report(
            "r1",
            killed(CasualtyGroup.CIVILIAN, Estimate.exactly(1)),
            CasualtyFigure.of(
                CasualtyOutcome.INJURED, CasualtyGroup.CIVILIAN, Estimate.exactly(32)),
            killed(CasualtyGroup.MILITARY, Estimate.atLeast(2)),
            CasualtyFigure.builder()
                .outcome(CasualtyOutcome.KILLED)
                .group(CasualtyGroup.MILITARY)
                .side(ActorId.of("act-arm"))
                .count(Estimate.between(3, 5, 9))
                .build());
    assertEquals(OptionalLong.of(8), BestFatalities.ofReport(report));
  }

  @Test
  void reportsAreNotAddedTheLargestWins() {
    List<CasualtyReport> reports =
        List.of(
            report("r1", killed(CasualtyGroup.CIVILIAN, Estimate.exactly(1))),
            report("r2", killed(CasualtyGroup.CIVILIAN, Estimate.between(1, 2, 3))),
            report("r3", killed(CasualtyGroup.UNKNOWN, Estimate.atMost(10))));
    assertEquals(OptionalLong.of(2), BestFatalities.of(reports, GANJA));
  }

  @Test
  void onlyReportsAboutTheIncidentWithKilledFiguresCount() {
    CasualtyReport injuredOnly =
        report(
            "r1",
            CasualtyFigure.of(
                CasualtyOutcome.INJURED, CasualtyGroup.CIVILIAN, Estimate.exactly(32)));
    CasualtyReport other =
        CasualtyReport.builder()
            .id(CasualtyReportId.of("r2"))
            .incident(IncidentId.of("inc-clashes"))
            .addFigure(killed(CasualtyGroup.UNKNOWN, Estimate.atLeast(24)))
            .build();
    CasualtyReport territorial =
        CasualtyReport.builder()
            .id(CasualtyReportId.of("r3"))
            .territory(TerritoryId.of("ter-ganja"))
            .addFigure(killed(CasualtyGroup.CIVILIAN, Estimate.exactly(5)))
            .build();
    assertEquals(OptionalLong.empty(), BestFatalities.ofReport(injuredOnly));
    assertEquals(
        OptionalLong.empty(), BestFatalities.of(List.of(injuredOnly, other, territorial), GANJA));
  }

  private static CasualtyFigure killed(CasualtyGroup group, Estimate count) {
    return CasualtyFigure.of(CasualtyOutcome.KILLED, group, count);
  }

  private static CasualtyReport report(String id, CasualtyFigure... figures) {
    return CasualtyReport.builder()
        .id(CasualtyReportId.of(id))
        .incident(GANJA)
        .addFigures(figures)
        .build();
  }
}
