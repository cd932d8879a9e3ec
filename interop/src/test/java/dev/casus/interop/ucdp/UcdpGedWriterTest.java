package dev.casus.interop.ucdp;

import static dev.casus.interop.testutil.Tables.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.Feed;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.name.Name;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;
import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfInterval;
import dev.casus.core.time.EdtfTime;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Casus incidents that did not come from GED, written as GED rows: the seed article. */
class UcdpGedWriterTest {

  private static final ActorId ARMENIA = ActorId.of("act-arm");
  private static final ActorId AZERBAIJAN = ActorId.of("act-aze");
  private static final TerritoryId AZE = TerritoryId.of("ter-aze");
  private static final TerritoryId GANJA = TerritoryId.of("ter-ganja");

  private static Feed seed(EdtfTime time) {
    return Feed.builder()
        .producer("test")
        .createdAt(Instant.parse("2020-10-05T00:00:00Z"))
        .addActor(Actor.builder().id(ARMENIA).kind(ActorKind.STATE).name(Name.of("Government of Armenia")).build())
        .addActor(Actor.builder().id(AZERBAIJAN).kind(ActorKind.STATE).name(Name.of("Government of Azerbaijan")).build())
        .addTerritory(Territory.builder().id(AZE).kind(TerritoryKind.COUNTRY).name(Name.of("Azerbaijan")).build())
        .addTerritory(Territory.builder().id(GANJA).kind(TerritoryKind.CITY).name(Name.of("Ganja town")).parent(AZE).build())
        .addIncident(
            Incident.builder()
                .id(IncidentId.of("inc-ganja"))
                .type(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK)
                .time(time)
                .addLocation(
                    Location.builder()
                        .territory(GANJA)
                        .point(GeoPoint.of(40.6828, 46.3606))
                        .precision(LocationPrecision.EXACT)
                        .build())
                .addParticipant(Participant.of(ARMENIA, ParticipantRole.PERPETRATOR, Certainty.ALLEGED))
                .addParticipant(Participant.of(AZERBAIJAN, ParticipantRole.TARGET, Certainty.CONFIRMED))
                .addExternalId(ExternalId.ucdpGed(244657))
                .build())
        .addCasualtyReport(
            CasualtyReport.builder()
                .id(CasualtyReportId.of("cr-ganja"))
                .incident(IncidentId.of("inc-ganja"))
                .addFigure(CasualtyFigure.of(CasualtyOutcome.KILLED, CasualtyGroup.CIVILIAN, Estimate.exactly(1)))
                .addFigure(CasualtyFigure.of(CasualtyOutcome.INJURED, CasualtyGroup.CIVILIAN, Estimate.exactly(32)))
                .build())
        .build();
  }

  private static List<Map<String, String>> write(Feed feed, List<UcdpWriteIssue> issues) throws IOException {
    StringWriter out = new StringWriter();
    try (UcdpGedWriter writer = UcdpGedWriter.open(out, "", issues::add)) {
      writer.writeFeed(feed);
    }
    return rows(out.toString());
  }

  @Test
  void theGanjaStrikeBecomesOneGedRow() throws IOException {
    List<UcdpWriteIssue> issues = new ArrayList<>();
    Map<String, String> row = write(seed(EdtfDate.ofDay(2020, 10, 4)), issues).get(0);
    assertEquals("244657", row.get("id"));
    assertEquals("1", row.get("type_of_violence"), "a state takes part: state-based");
    assertEquals("Government of Armenia", row.get("side_a"));
    assertEquals("Government of Azerbaijan", row.get("side_b"));
    assertEquals("2020-10-04", row.get("date_start"));
    assertEquals("2020-10-04", row.get("date_end"));
    assertEquals("1", row.get("date_prec"));
    assertEquals("2020", row.get("year"));
    assertEquals("1", row.get("where_prec"));
    assertEquals("Ganja town", row.get("where_coordinates"));
    assertEquals("Azerbaijan", row.get("country"));
    assertEquals("40.6828", row.get("latitude"));
    assertEquals("1", row.get("deaths_civilians"));
    assertEquals("", row.get("deaths_a"));
    assertEquals("1", row.get("best"));
    assertEquals("1", row.get("low"));
    assertEquals("1", row.get("high"));
    assertEquals(List.of(), issues);
  }

  @Test
  void openTimesCannotBeWritten() throws IOException {
    List<UcdpWriteIssue> issues = new ArrayList<>();
    assertEquals(List.of(), write(seed(EdtfInterval.since(EdtfDate.ofDay(2020, 9, 27))), issues));
    assertEquals(1, issues.size());
    assertEquals("date_start", issues.get(0).column());
    assertTrue(!issues.get(0).rowWritten());
    assertTrue(issues.get(0).message().contains("2020-09-27/.."), issues.get(0).message());
  }

  @Test
  void aBadDateSuffixIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> UcdpGedWriter.open(new StringWriter(), "Z", i -> {}));
    assertTrue(e.getMessage().contains("dateSuffix"), e.getMessage());
  }
}
