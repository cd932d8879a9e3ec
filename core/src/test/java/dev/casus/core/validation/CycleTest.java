package dev.casus.core.validation;

import static dev.casus.core.validation.Fixtures.codesAndPointers;
import static dev.casus.core.validation.Fixtures.feed;
import static dev.casus.core.validation.Fixtures.incident;
import static dev.casus.core.validation.Fixtures.source;
import static dev.casus.core.validation.Fixtures.territory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.feed.Feed;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleTest {

  private static Territory within(String id, String parent) {
    return territory(id).parent(TerritoryId.of(parent)).build();
  }

  @Test
  void twoTerritoriesThatAreEachOthersParent() {
    Feed feed =
        feed()
            .addTerritories(within("ter-ganja", "ter-aze"), within("ter-aze", "ter-ganja"))
            .build();
    ValidationReport report = ModelValidator.validate(feed);
    assertEquals(List.of("territory_cycle /territories/0/parent"), codesAndPointers(report));
    Finding cycle = report.findings().get(0);
    assertEquals(Severity.ERROR, cycle.severity());
    assertTrue(
        cycle
            .message()
            .contains("territory parents form a cycle: ter-ganja -> ter-aze -> ter-ganja"),
        cycle.message());
  }

  @Test
  void aCycleIsReportedOnceAtItsFirstMemberInDocumentOrderEvenWhenReachedFromATail() {
    Feed feed =
        feed()
            .addTerritories(
                within("ter-tail", "ter-c"),
                within("ter-a", "ter-b"),
                within("ter-b", "ter-c"),
                within("ter-c", "ter-a"),
                territory("ter-root").build(),
                within("ter-leaf", "ter-root"))
            .build();
    ValidationReport report = ModelValidator.validate(feed);
    assertEquals(List.of("territory_cycle /territories/1/parent"), codesAndPointers(report));
    assertTrue(
        report.findings().get(0).message().contains("ter-a -> ter-b -> ter-c -> ter-a"),
        report.findings().get(0).message());
  }

  @Test
  void twoSeparateCyclesAreTwoFindings() {
    Feed feed =
        feed()
            .addTerritories(
                within("ter-a", "ter-b"),
                within("ter-x", "ter-y"),
                within("ter-b", "ter-a"),
                within("ter-y", "ter-x"))
            .build();
    assertEquals(
        List.of("territory_cycle /territories/0/parent", "territory_cycle /territories/1/parent"),
        codesAndPointers(ModelValidator.validate(feed)));
  }

  @Test
  void incidentsPartOfEachOther() {
    Feed feed =
        feed()
            .addIncidents(
                incident("inc-clashes").build(),
                incident("inc-ganja").partOf(IncidentId.of("inc-mingachevir")).build(),
                incident("inc-mingachevir").partOf(IncidentId.of("inc-ganja")).build())
            .build();
    ValidationReport report = ModelValidator.validate(feed);
    assertEquals(List.of("incident_cycle /incidents/1/partOf"), codesAndPointers(report));
    assertTrue(
        report.findings().get(0).message().contains("inc-ganja -> inc-mingachevir -> inc-ganja"));
  }

  @Test
  void sourcesPartOfEachOther() {
    Feed feed =
        feed()
            .addSources(
                Source.builder().from(source("src-photo")).partOf(SourceId.of("src-trt")).build(),
                Source.builder().from(source("src-trt")).partOf(SourceId.of("src-photo")).build())
            .build();
    assertEquals(
        List.of("source_cycle /sources/0/partOf"), codesAndPointers(ModelValidator.validate(feed)));
  }

  @Test
  void aChainEndingInAMissingParentIsNoCycle() {
    Feed feed =
        feed().addTerritories(within("ter-a", "ter-b"), within("ter-b", "ter-gone")).build();
    assertEquals(
        List.of("unresolved_reference /territories/1/parent"),
        codesAndPointers(ModelValidator.validate(feed)));
  }
}
