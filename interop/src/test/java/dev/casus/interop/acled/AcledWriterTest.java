package dev.casus.interop.acled;

import static dev.casus.interop.testutil.Tables.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.source.SourceKind;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;
import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfTime;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Casus incidents that did not come from ACLED, written in the ACLED layout: the seed article. */
class AcledWriterTest {

  private static final ActorId ARMENIA = ActorId.of("act-arm");
  private static final ActorId AZERBAIJAN = ActorId.of("act-aze");
  private static final ActorId ARTSAKH = ActorId.of("act-nk");
  private static final TerritoryId AZE = TerritoryId.of("ter-aze");
  private static final TerritoryId GANJA = TerritoryId.of("ter-ganja");
  private static final SourceId TRT = SourceId.of("src-trt");

  private static Feed seed(Incident... incidents) {
    return Feed.builder()
        .producer("test")
        .createdAt(Instant.parse("2020-10-05T00:00:00Z"))
        .addSource(Source.builder().id(TRT).kind(SourceKind.NEWS_ARTICLE).publisher("TRT World").build())
        .addActor(Actor.builder().id(ARMENIA).kind(ActorKind.STATE).name(Name.of("Armenia")).build())
        .addActor(Actor.builder().id(AZERBAIJAN).kind(ActorKind.STATE).name(Name.of("Azerbaijan")).build())
        .addActor(
            Actor.builder()
                .id(ARTSAKH)
                .kind(ActorKind.DE_FACTO_AUTHORITY)
                .name(Name.of("Nagorno-Karabakh authorities"))
                .build())
        .addTerritory(
            Territory.builder()
                .id(AZE)
                .kind(TerritoryKind.COUNTRY)
                .name(Name.of("Azerbaijan"))
                .addExternalId(ExternalId.iso3166Alpha3("AZE"))
                .build())
        .addTerritory(
            Territory.builder()
                .id(GANJA)
                .kind(TerritoryKind.CITY)
                .name(Name.of("Ganja"))
                .parent(AZE)
                .point(GeoPoint.of(40.6828, 46.3606))
                .build())
        .addIncidents(incidents)
        .addCasualtyReport(
            CasualtyReport.builder()
                .id(CasualtyReportId.of("cr-ganja"))
                .incident(IncidentId.of("inc-ganja"))
                .addFigure(CasualtyFigure.of(CasualtyOutcome.KILLED, CasualtyGroup.CIVILIAN, Estimate.exactly(1)))
                .addFigure(CasualtyFigure.of(CasualtyOutcome.INJURED, CasualtyGroup.CIVILIAN, Estimate.exactly(32)))
                .build())
        .build();
  }

  private static Incident ganja(EdtfTime time, Participant... participants) {
    return Incident.builder()
        .id(IncidentId.of("inc-ganja"))
        .type(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK)
        .time(time)
        .addLocation(Location.builder().territory(GANJA).precision(LocationPrecision.EXACT).build())
        .addParticipants(participants)
        .summary("Missile strikes on dense residential areas of Ganja.")
        .addSource(TRT)
        .build();
  }

  private static List<Map<String, String>> write(Feed feed, List<AcledWriteIssue> issues) throws IOException {
    StringWriter out = new StringWriter();
    try (AcledWriter writer = AcledWriter.open(out, AcledLayout.EXPORT, AcledStyle.NUMERIC, issues::add)) {
      writer.writeFeed(feed);
    }
    return rows(out.toString());
  }

  @Test
  void theGanjaStrikeBecomesOneAcledRow() throws IOException {
    List<AcledWriteIssue> issues = new ArrayList<>();
    Feed feed =
        seed(
            ganja(
                EdtfDate.ofDay(2020, 10, 4),
                Participant.of(ARMENIA, ParticipantRole.PERPETRATOR, Certainty.ALLEGED),
                Participant.of(ARMENIA, ParticipantRole.PERPETRATOR, Certainty.DENIED),
                Participant.of(AZERBAIJAN, ParticipantRole.TARGET, Certainty.CONFIRMED)));
    Map<String, String> row = write(feed, issues).get(0);
    assertEquals("2020-10-04", row.get("event_date"));
    assertEquals("2020", row.get("year"));
    assertEquals("1", row.get("time_precision"));
    assertEquals("Explosions/Remote violence", row.get("event_type"));
    assertEquals("Shelling/artillery/missile attack", row.get("sub_event_type"));
    assertEquals("Armenia", row.get("actor1"));
    assertEquals("1", row.get("inter1"));
    assertEquals("Azerbaijan", row.get("actor2"), "the denied role is not written");
    assertEquals("11", row.get("interaction"));
    assertEquals("Azerbaijan", row.get("country"));
    assertEquals("Ganja", row.get("location"));
    assertEquals("40.6828", row.get("latitude"), "the territory's point stands in");
    assertEquals("46.3606", row.get("longitude"));
    assertEquals("1", row.get("geo_precision"));
    assertEquals("TRT World", row.get("source"));
    assertEquals("Missile strikes on dense residential areas of Ganja.", row.get("notes"));
    assertEquals("1", row.get("fatalities"), "killed only, not the 32 injured");
    assertEquals("", row.get("event_id_cnty"));
    assertEquals(
        List.of("event_id_cnty"), issues.stream().map(AcledWriteIssue::column).toList());
    assertTrue(issues.get(0).rowWritten());
  }

  @Test
  void whatAcledCannotHoldIsReported() throws IOException {
    List<AcledWriteIssue> issues = new ArrayList<>();
    Incident threeSides =
        ganja(
            EdtfDate.ofDay(2020, 10, 4),
            Participant.of(ARMENIA, ParticipantRole.PERPETRATOR, Certainty.ALLEGED),
            Participant.of(ARTSAKH, ParticipantRole.PERPETRATOR, Certainty.CLAIMED),
            Participant.of(AZERBAIJAN, ParticipantRole.TARGET, Certainty.CONFIRMED));
    Map<String, String> row = write(seed(threeSides), issues).get(0);
    assertEquals("Nagorno-Karabakh authorities", row.get("actor2"));
    assertEquals("2", row.get("inter2"), "a de-facto authority is coded as a rebel group");
    assertTrue(issues.stream().anyMatch(i -> i.column().equals("actor2") && i.rowWritten()));

    issues.clear();
    Incident aYear = ganja(EdtfDate.ofYear(2020), Participant.of(ARMENIA, ParticipantRole.PERPETRATOR, Certainty.ALLEGED));
    assertEquals(List.of(), write(seed(aYear), issues));
    assertTrue(issues.stream().anyMatch(i -> i.column().equals("event_date") && !i.rowWritten()), issues.toString());
  }

  @Test
  void streamedReportsJoinTheirIncidentWhicheverComesFirst() throws IOException {
    Feed feed = seed(ganja(EdtfDate.ofMonth(2020, 10), Participant.of(ARMENIA, ParticipantRole.PERPETRATOR, Certainty.ALLEGED)));
    StringWriter out = new StringWriter();
    List<AcledWriteIssue> issues = new ArrayList<>();
    try (AcledWriter writer = AcledWriter.open(out, AcledLayout.HDX, AcledStyle.NUMERIC, issues::add)) {
      feed.sources().forEach(e -> write(writer, e));
      feed.actors().forEach(e -> write(writer, e));
      feed.territories().forEach(e -> write(writer, e));
      write(writer, feed.casualtyReports().get(0)); // before its incident
      write(writer, feed.incidents().get(0));
    }
    List<Map<String, String>> rows = rows(out.toString());
    assertEquals(1, rows.size());
    assertFalse(rows.get(0).containsKey("fatalities"), "the HDX layout has no fatalities");
    assertEquals("2020-10-15", rows.get(0).get("event_date"), "a month is written as its 15th");
    assertEquals("3", rows.get(0).get("time_precision"));
    assertEquals("AZE", rows.get(0).get("iso3"));
    assertTrue(out.toString().lines().toList().get(1).contains("#event+code"));
  }

  private static void write(AcledWriter writer, dev.casus.core.entity.Entity e) {
    try {
      writer.write(e);
    } catch (IOException x) {
      throw new java.io.UncheckedIOException(x);
    }
  }
}
