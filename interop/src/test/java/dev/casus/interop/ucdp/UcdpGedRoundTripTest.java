package dev.casus.interop.ucdp;

import static dev.casus.interop.testutil.Tables.drain;
import static dev.casus.interop.testutil.Tables.only;
import static dev.casus.interop.testutil.Tables.resource;
import static dev.casus.interop.testutil.Tables.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.entity.Entity;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.Feed;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryKind;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GED rows written from the codebook: read, checked, written back. */
class UcdpGedRoundTripTest {

  private static final String FIXTURE = resource("/ucdp/ged-excerpt.csv");
  private static final List<Map<String, String>> ROWS = rows(FIXTURE);

  private static List<Entity> read() throws IOException {
    List<UcdpRowError> errors = new ArrayList<>();
    try (UcdpGedReader reader = UcdpGedReader.open(new StringReader(FIXTURE), errors::add)) {
      assertEquals(" 00:00:00.000", reader.dateSuffix());
      List<Entity> all = drain(reader);
      assertEquals(List.of(), errors);
      assertEquals(ROWS.size(), reader.rowsConverted());
      return all;
    }
  }

  @Test
  void gedToCasusToGedReproducesEveryColumn() throws IOException {
    StringWriter out = new StringWriter();
    List<UcdpWriteIssue> issues = new ArrayList<>();
    try (UcdpGedReader reader = UcdpGedReader.open(new StringReader(FIXTURE), e -> {});
        UcdpGedWriter writer = UcdpGedWriter.open(out, reader.dateSuffix(), issues::add)) {
      while (reader.hasNext()) {
        writer.write(reader.next());
      }
    }
    assertEquals(List.of(), issues);
    List<Map<String, String>> back = rows(out.toString());
    assertEquals(UcdpGedColumns.ALL, List.copyOf(back.get(0).keySet()));
    assertEquals(49, UcdpGedColumns.ALL.size());
    assertEquals(ROWS, back);
  }

  @Test
  void noRowNeedsARawCell() throws IOException {
    for (Incident i : only(read(), Incident.class)) {
      for (String key : i.extensions().keySet()) {
        assertFalse(key.startsWith(UcdpExtensions.RAW_PREFIX), i.id() + " needed " + key);
      }
    }
  }

  @Test
  void theGanjaRowIsMappedAsDocumented() throws IOException {
    List<Entity> all = read();
    Incident i = only(all, Incident.class).get(0);
    assertEquals("inc-ucdp-900001", i.id().value());
    assertEquals(List.of(ExternalId.ucdpGed(900001)), i.externalIds());
    assertEquals(IncidentType.ARMED_CLASH, i.type());
    assertEquals("1", i.extensions().get("x-ucdp-type-of-violence"));
    assertEquals("2020-10-04", i.time().toEdtf());
    assertEquals(
        Location.builder()
            .territory(dev.casus.core.territory.TerritoryId.of("ter-ucdp-azerbaijan-ganja-city-ganja-town"))
            .point(GeoPoint.of(40.6828, 46.3606))
            .precision(LocationPrecision.EXACT)
            .description("dense residential areas of Ganja")
            .build(),
        i.locations().get(0));
    assertEquals(
        List.of(
            Participant.of(dev.casus.core.actor.ActorId.of("act-ucdp-116"), ParticipantRole.PARTICIPANT, Certainty.UNKNOWN),
            Participant.of(dev.casus.core.actor.ActorId.of("act-ucdp-391"), ParticipantRole.PARTICIPANT, Certainty.UNKNOWN)),
        i.participants());
    assertEquals("\"Azerbaijan: Nagorno-Karabakh\"", i.extensions().get("x-ucdp-conflict-name"));
    assertEquals(2, i.sources().size());

    Actor government = only(all, Actor.class).get(0);
    assertEquals("Government of Azerbaijan", government.name().text());
    assertEquals(ActorKind.STATE, government.kind());
    assertEquals("116", government.extensions().get(UcdpExtensions.ACTOR_NEW_ID));
    assertEquals("373", government.extensions().get(UcdpExtensions.ACTOR_GWNO));
    assertEquals(ActorKind.REBEL_GROUP, only(all, Actor.class).get(1).kind());

    List<CasualtyReport> reports = only(all, CasualtyReport.class).subList(0, 2);
    assertEquals(
        List.of(CasualtyFigure.of(CasualtyOutcome.KILLED, CasualtyGroup.UNKNOWN, Estimate.between(1, 1, 1))),
        reports.get(0).figures());
    assertEquals("\"total\"", reports.get(0).extensions().get(UcdpExtensions.FIGURES));
    assertEquals("\"by-group\"", reports.get(1).extensions().get(UcdpExtensions.FIGURES));
    assertEquals(4, reports.get(1).figures().size());
    CasualtyFigure civilians = reports.get(1).figures().get(2);
    assertEquals(CasualtyGroup.CIVILIAN, civilians.group());
    assertEquals(Estimate.approximately(1), civilians.count());
    CasualtyFigure sideA = reports.get(1).figures().get(0);
    assertEquals(CasualtyGroup.MILITARY, sideA.group());
    assertEquals(government.id(), sideA.side().orElseThrow());
  }

  @Test
  void precisionsAndTypesFollowTheTables() throws IOException {
    List<Entity> all = read();
    List<Incident> incidents = only(all, Incident.class);
    // 900002: a week, where_prec 5 (a line of contact), deaths by side
    Incident week = incidents.get(1);
    assertEquals("2020-09-27/2020-10-03", week.time().toEdtf());
    assertEquals(null, week.extensions().get(UcdpExtensions.DATE_PREC), "7 days is code 3 already");
    assertEquals(LocationPrecision.REGION, week.locations().get(0).precision());
    assertEquals("5", week.extensions().get(UcdpExtensions.WHERE_PREC));
    assertEquals(
        Estimate.between(32, 40, 65),
        only(all, CasualtyReport.class).get(2).figures().get(0).count());
    // 900003: one-sided violence against civilians over a month, located at a district
    Incident month = incidents.get(2);
    assertEquals(IncidentType.ATTACK, month.type());
    assertEquals("2020-10", month.time().toEdtf());
    assertEquals(
        List.of(ParticipantRole.PERPETRATOR, ParticipantRole.TARGET),
        month.participants().stream().map(Participant::role).toList());
    assertEquals(LocationPrecision.DISTRICT, month.locations().get(0).precision());
    assertEquals(
        "ter-ucdp-azerbaijan-khojavend-martuni-district",
        month.locations().get(0).territory().orElseThrow().value(),
        "where_coordinates names the district itself");
    // 900004: a 7-day span UCDP coded 2
    assertEquals("2", incidents.get(3).extensions().get(UcdpExtensions.DATE_PREC));
    assertEquals("2020-11-01/2020-11-07", incidents.get(3).time().toEdtf());
    // 900005: a whole year, the country only
    assertEquals("2020", incidents.get(4).time().toEdtf());
    assertEquals(LocationPrecision.COUNTRY, incidents.get(4).locations().get(0).precision());
    assertEquals("ter-ucdp-armenia", incidents.get(4).locations().get(0).territory().orElseThrow().value());
    Territory armenia =
        only(all, Territory.class).stream().filter(t -> t.id().value().equals("ter-ucdp-armenia")).findFirst().orElseThrow();
    assertEquals(TerritoryKind.COUNTRY, armenia.kind());
    assertEquals("371", armenia.extensions().get(UcdpExtensions.COUNTRY_ID));
  }

  @Test
  void importGivesOneFeed() throws IOException {
    UcdpGedImportResult result =
        UcdpGedImport.toFeed(new StringReader(FIXTURE), "test", Instant.parse("2024-01-01T00:00:00Z"));
    assertEquals(List.of(), result.errors());
    Feed feed = result.feed();
    assertEquals(5, feed.incidents().size());
    assertEquals(10, feed.casualtyReports().size());
    assertEquals(5, feed.actors().size(), "Government of Azerbaijan, Artsakh, Civilians, two militias");
    for (CasualtyReport r : feed.casualtyReports()) {
      assertTrue(feed.contains(r.incident().orElseThrow()));
    }
  }
}
