package dev.casus.interop.acled;

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
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.entity.Entity;
import dev.casus.core.entity.EntityId;
import dev.casus.core.feed.Feed;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.source.Source;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryKind;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real ACLED rows of the Armenia excerpt, HDX layout: read, checked, written back. */
class AcledHdxExcerptTest {

  private static final String FIXTURE = resource("/acled/armenia-excerpt-hdx.csv");
  private static final List<Map<String, String>> ROWS = rows(FIXTURE);

  private static List<Entity> read(List<AcledRowError> errors) throws IOException {
    try (AcledReader reader = AcledReader.open(new StringReader(FIXTURE), errors::add)) {
      assertEquals(AcledLayout.HDX, reader.layout());
      assertEquals(AcledStyle.NUMERIC, reader.style());
      List<Entity> all = drain(reader);
      assertEquals(ROWS.size(), reader.rowsRead());
      assertEquals(ROWS.size(), reader.rowsConverted());
      assertEquals(0, reader.rowsRejected());
      return all;
    }
  }

  @Test
  void everyRowConvertsAndNoneNeedsARawCell() throws IOException {
    List<AcledRowError> errors = new ArrayList<>();
    List<Entity> all = read(errors);
    assertEquals(List.of(), errors);
    List<Incident> incidents = only(all, Incident.class);
    assertEquals(65, ROWS.size());
    assertEquals(ROWS.size(), incidents.size());
    assertEquals(0, only(all, CasualtyReport.class).size(), "the HDX layout has no fatalities");
    for (Incident i : incidents) {
      for (String key : i.extensions().keySet()) {
        assertFalse(key.startsWith(AcledExtensions.RAW_PREFIX), i.id() + " needed " + key);
      }
    }
  }

  @Test
  void hdxToCasusToHdxReproducesEveryCell() throws IOException {
    StringWriter out = new StringWriter();
    List<AcledWriteIssue> issues = new ArrayList<>();
    try (AcledReader reader = AcledReader.open(new StringReader(FIXTURE), e -> {});
        AcledWriter writer = AcledWriter.open(out, reader.layout(), reader.style(), issues::add)) {
      while (reader.hasNext()) {
        writer.write(reader.next());
      }
    }
    assertEquals(List.of(), issues);
    // cell for cell (the quoting of a cell may differ: commons-csv also quotes a leading '#')
    assertEquals(dev.casus.interop.testutil.Tables.header(FIXTURE), dev.casus.interop.testutil.Tables.header(out.toString()));
    assertTrue(out.toString().lines().toList().get(1).contains("#event+code"), "hashtag row");
    assertEquals(ROWS, rows(out.toString()));
  }

  @Test
  void hdxToCasusToExportReproducesEveryCarriedColumn() throws IOException {
    StringWriter out = new StringWriter();
    try (AcledReader reader = AcledReader.open(new StringReader(FIXTURE), e -> {});
        AcledWriter writer = AcledWriter.open(out)) {
      while (reader.hasNext()) {
        writer.write(reader.next());
      }
    }
    List<Map<String, String>> exported = rows(out.toString());
    assertEquals(AcledColumns.EXPORT, List.copyOf(exported.get(0).keySet()));
    assertEquals(ROWS.size(), exported.size());
    int compared = 0;
    for (int i = 0; i < ROWS.size(); i++) {
      for (String column : AcledColumns.EXPORT) {
        if (ROWS.get(i).containsKey(column)) {
          assertEquals(ROWS.get(i).get(column), exported.get(i).get(column), "row " + (i + 1) + " " + column);
          compared++;
        } else {
          assertEquals("", exported.get(i).get(column), "row " + (i + 1) + " " + column);
        }
      }
    }
    assertEquals(ROWS.size() * 25, compared, "25 columns are shared by the two layouts");
  }

  @Test
  void theFirstRowIsMappedAsDocumented() throws IOException {
    List<Entity> all = read(new ArrayList<>());
    Incident i = only(all, Incident.class).get(0);
    assertEquals("inc-acled-ARM3351", i.id().value());
    assertEquals(List.of(ExternalId.acled("ARM3351")), i.externalIds());
    assertEquals(IncidentType.ARMED_CLASH, i.type());
    assertEquals("2019-12-31", i.time().toEdtf());
    assertEquals(
        List.of(
            Location.builder()
                .territory(dev.casus.core.territory.TerritoryId.of("ter-acled-armenia-tavush-tavush-aygedzor"))
                .point(GeoPoint.of(40.8308, 45.5439))
                .precision(LocationPrecision.NEAR)
                .build()),
        i.locations());
    assertEquals(2, i.participants().size());
    for (Participant p : i.participants()) {
      assertEquals(ParticipantRole.PARTICIPANT, p.role(), "battles imply no direction");
      assertEquals(Certainty.UNKNOWN, p.certainty());
    }
    assertEquals("act-acled-military-forces-of-azerbaijan-2003", i.participants().get(0).actor().value());
    assertEquals("act-acled-military-forces-of-armenia-2018", i.participants().get(1).actor().value());
    assertTrue(i.summary().orElseThrow().startsWith("On 31 December 2019, military forces of Azerbaijan"));
    assertEquals(List.of("src-acled-ministry-of-foreign-affairs-of-armenia"), ids(i.sources()));
    assertEquals("\"Caucasus and Central Asia\"", i.extensions().get(AcledExtensions.REGION));
    assertEquals("\"Other\"", i.extensions().get(AcledExtensions.SOURCE_SCALE));
    assertEquals("18", i.extensions().get(AcledExtensions.INTERACTION));
    assertEquals("1580753649", i.extensions().get(AcledExtensions.TIMESTAMP));
    assertEquals("6767375", i.extensions().get(AcledExtensions.DATA_ID));
    assertEquals("3351", i.extensions().get(AcledExtensions.EVENT_ID_NO_CNTY));

    Actor azerbaijan = only(all, Actor.class).get(0);
    assertEquals("Military Forces of Azerbaijan (2003-)", azerbaijan.name().text());
    assertEquals(ActorKind.EXTERNAL_FORCE, azerbaijan.kind(), "ACLED codes it 8 in Armenia");
    Territory armenia = only(all, Territory.class).get(0);
    assertEquals(TerritoryKind.COUNTRY, armenia.kind());
    assertEquals(List.of(ExternalId.iso3166Alpha3("ARM")), armenia.externalIds());
    Territory aygedzor = only(all, Territory.class).get(3);
    assertEquals(TerritoryKind.LOCALITY, aygedzor.kind());
    assertEquals("ter-acled-armenia-tavush-tavush", aygedzor.parent().orElseThrow().value());
    assertEquals(GeoPoint.of(40.8308, 45.5439), aygedzor.point().orElseThrow());
  }

  @Test
  void actorsPlacesAndSourcesAreDeduplicatedAndStreamedBeforeTheirFirstUse() throws IOException {
    List<Entity> all = read(new ArrayList<>());
    Set<String> actorNames = new LinkedHashSet<>();
    Set<String> sourceNames = new LinkedHashSet<>();
    Set<String> places = new HashSet<>();
    for (Map<String, String> row : ROWS) {
      for (String column : List.of("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")) {
        for (String name : row.get(column).split("; ")) {
          if (!name.isEmpty()) {
            actorNames.add(name);
          }
        }
      }
      sourceNames.addAll(List.of(row.get("source").split("; ")));
      String path = row.get("country");
      places.add(path);
      for (String column : List.of("admin1", "admin2", "location")) {
        path += "/" + row.get(column);
        places.add(column + ":" + path);
      }
    }
    List<Actor> actors = only(all, Actor.class);
    assertEquals(actorNames.size(), actors.size());
    assertEquals(actorNames, new LinkedHashSet<>(actors.stream().map(a -> a.name().text()).toList()));
    assertEquals(sourceNames.size(), only(all, Source.class).size());
    assertEquals(places.size(), only(all, Territory.class).size());

    Set<EntityId> seen = new HashSet<>();
    for (Entity e : all) {
      if (e instanceof Incident i) {
        i.participants().forEach(p -> assertTrue(seen.contains(p.actor()), p.actor() + " before " + i.id()));
        i.sources().forEach(s -> assertTrue(seen.contains(s), s + " before " + i.id()));
        i.locations().forEach(l -> assertTrue(seen.contains(l.territory().orElseThrow())));
      } else if (e instanceof Territory t) {
        t.parent().ifPresent(p -> assertTrue(seen.contains(p), p + " before " + t.id()));
      }
      assertTrue(seen.add(e.id()), "streamed twice: " + e.id());
    }
  }

  @Test
  void weekAndMonthPrecisionKeepEventDate() throws IOException {
    List<Incident> incidents = only(read(new ArrayList<>()), Incident.class);
    int weeks = 0;
    int months = 0;
    for (int n = 0; n < ROWS.size(); n++) {
      Map<String, String> row = ROWS.get(n);
      Incident i = incidents.get(n);
      switch (row.get("time_precision")) {
        case "1" -> assertEquals(row.get("event_date"), i.time().toEdtf());
        case "2" -> {
          assertEquals(row.get("event_date") + "~", i.time().toEdtf());
          weeks++;
        }
        case "3" -> {
          assertEquals(row.get("event_date").substring(0, 7), i.time().toEdtf());
          assertEquals(
              "\"" + row.get("event_date") + "\"", i.extensions().get(AcledExtensions.EVENT_DATE));
          months++;
        }
        default -> throw new AssertionError(row);
      }
    }
    assertEquals(2, weeks);
    assertEquals(3, months);
  }

  @Test
  void rolesFollowTheSubEventType() throws IOException {
    for (Incident i : only(read(new ArrayList<>()), Incident.class)) {
      List<ParticipantRole> roles = i.participants().stream().map(Participant::role).toList();
      List<ParticipantRole> main = roles.stream().filter(r -> r != ParticipantRole.ASSOCIATE).toList();
      switch (i.type()) {
        case ARMED_CLASH -> assertEquals(List.of(ParticipantRole.PARTICIPANT, ParticipantRole.PARTICIPANT), main);
        case SHELLING_ARTILLERY_MISSILE_ATTACK, ATTACK, ARRESTS ->
            assertEquals(ParticipantRole.PERPETRATOR, main.get(0), i.id().value());
        case PROTEST_WITH_INTERVENTION ->
            assertEquals(List.of(ParticipantRole.PARTICIPANT, ParticipantRole.INTERVENER), main);
        case PEACEFUL_PROTEST -> assertEquals(ParticipantRole.PARTICIPANT, main.get(0));
        case MOB_VIOLENCE -> assertEquals(ParticipantRole.PERPETRATOR, main.get(0));
        default -> {}
      }
    }
  }

  @Test
  void interCodesAreKeptExactlyWhenTheyDifferFromTheActorsKind() throws IOException {
    List<Entity> all = read(new ArrayList<>());
    List<Incident> incidents = only(all, Incident.class);
    Map<dev.casus.core.actor.ActorId, Actor> actors = new java.util.HashMap<>();
    only(all, Actor.class).forEach(a -> actors.put(a.id(), a));
    for (int n = 0; n < ROWS.size(); n++) {
      Incident i = incidents.get(n);
      int inter1 = Integer.parseInt(ROWS.get(n).get("inter1"));
      Actor actor1 = actors.get(i.participants().get(0).actor());
      String ext = i.extensions().get(AcledExtensions.INTER1);
      if (actor1.kind().acledInterCode().orElse(-1) == inter1) {
        assertEquals(null, ext);
      } else {
        assertEquals(Integer.toString(inter1), ext, i.id().value());
      }
    }
  }

  @Test
  void importGivesOneFeed() throws IOException {
    AcledImportResult result =
        AcledImport.toFeed(new StringReader(FIXTURE), "test", Instant.parse("2024-01-01T00:00:00Z"));
    assertEquals(List.of(), result.errors());
    Feed feed = result.feed();
    assertEquals(ROWS.size(), feed.incidents().size());
    assertEquals("test", feed.producer());
    for (Incident i : feed.incidents()) {
      i.participants().forEach(p -> assertTrue(feed.contains(p.actor())));
      i.locations().forEach(l -> assertTrue(feed.contains(l.territory().orElseThrow())));
    }
  }

  private static List<String> ids(List<? extends EntityId> ids) {
    return ids.stream().map(EntityId::value).toList();
  }
}
