package dev.casus.interop.acled;

import static dev.casus.interop.testutil.Tables.drain;
import static dev.casus.interop.testutil.Tables.only;
import static dev.casus.interop.testutil.Tables.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.entity.Entity;
import dev.casus.core.incident.Incident;
import dev.casus.core.territory.Territory;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Odd but valid ACLED input: columns in another order, unknown columns, odd spellings. */
class AcledEdgeCasesTest {

  private static List<Entity> read(String csv) throws IOException {
    List<AcledRowError> errors = new ArrayList<>();
    try (AcledReader reader = AcledReader.open(new StringReader(csv), errors::add)) {
      List<Entity> all = drain(reader);
      assertEquals(List.of(), errors);
      return all;
    }
  }

  private static List<Map<String, String>> roundTrip(String csv, AcledStyle style) throws IOException {
    StringWriter out = new StringWriter();
    try (AcledReader reader = AcledReader.open(new StringReader(csv), e -> {});
        AcledWriter writer = AcledWriter.open(out, AcledLayout.EXPORT, style, i -> {})) {
      while (reader.hasNext()) {
        writer.write(reader.next());
      }
    }
    return rows(out.toString());
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndUnknownColumnsAreKept() throws IOException {
    String csv =
        "NOTES,Country,Latitude,longitude,geo_precision,event_id_cnty,sub_event_type,time_precision,event_date,actor1,inter1,My Own Column\n"
            + "Some notes,Armenia,40.1811,44.5136,1,ARM1,Peaceful protest,1,2019-12-27,Protesters (Armenia),6,kept\n";
    List<Entity> all = read(csv);
    Incident i = only(all, Incident.class).get(0);
    assertEquals("Some notes", i.summary().orElseThrow());
    assertEquals("\"kept\"", i.extensions().get(AcledExtensions.COLUMN_PREFIX + "my_own_column"));
    assertEquals("ter-acled-armenia", i.locations().get(0).territory().orElseThrow().value());
    Map<String, String> back = roundTrip(csv, AcledStyle.NUMERIC).get(0);
    assertEquals("ARM1", back.get("event_id_cnty"));
    assertEquals("60", back.get("interaction"), "derived from inter1 when the file has none");
    assertEquals("0", back.get("inter2"));
    assertEquals("Armenia", back.get("country"));
  }

  @Test
  void cellsTheModelWouldNotReproduceAreKeptVerbatim() throws IOException {
    String csv =
        "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,country,location,latitude,longitude,geo_precision,source,year\n"
            + "ARM1,2019-12-27,1,Strategic Developments,Agreement,Government of Armenia (2018-),1,Armenia,Yerevan,40.18,44.5136,1,A1+;News Am,2018\n";
    Incident i = only(read(csv), Incident.class).get(0);
    // "Strategic Developments" (ACLED's own capitalisation varies), "40.18" (two decimals),
    // "A1+;News Am" (no space after ;), year 2018 for a 2019 date
    assertEquals("\"Strategic Developments\"", i.extensions().get(AcledExtensions.RAW_PREFIX + "event_type"));
    assertEquals("\"40.18\"", i.extensions().get(AcledExtensions.RAW_PREFIX + "latitude"));
    assertEquals("\"A1+;News Am\"", i.extensions().get(AcledExtensions.RAW_PREFIX + "source"));
    assertEquals("\"2018\"", i.extensions().get(AcledExtensions.RAW_PREFIX + "year"));
    assertEquals(4, i.extensions().keySet().stream().filter(k -> k.startsWith(AcledExtensions.RAW_PREFIX)).count());
    Map<String, String> back = roundTrip(csv, AcledStyle.NUMERIC).get(0);
    assertEquals("Strategic Developments", back.get("event_type"));
    assertEquals("40.18", back.get("latitude"));
    assertEquals("A1+;News Am", back.get("source"));
    assertEquals("2018", back.get("year"));
  }

  @Test
  void anActorsKindComesFromItsFirstRowAndOtherCodesAreKeptPerIncident() throws IOException {
    String csv =
        "event_id_cnty,event_date,time_precision,sub_event_type,actor1,assoc_actor_1,inter1,actor2,inter2,interaction,country,location,latitude,longitude,geo_precision\n"
            + "AZE1,2020-10-04,1,Armed clash,Military Forces of Azerbaijan (2003-),,1,Military Forces of Armenia (2018-),8,18,Azerbaijan,Ganja,40.6828,46.3606,1\n"
            + "ARM1,2020-10-05,1,Armed clash,Military Forces of Azerbaijan (2003-),,8,Military Forces of Armenia (2018-),1,18,Armenia,Berdavan,41.2057,44.9982,2\n"
            + "ARM2,2020-10-06,1,Peaceful protest,Protesters (Armenia),Military Forces of Armenia (2018-),6,,,60,Armenia,Yerevan,40.1811,44.5136,1\n";
    List<Entity> all = read(csv);
    List<Actor> actors = only(all, Actor.class);
    assertEquals(ActorKind.STATE_FORCES, actors.get(0).kind());
    assertEquals(ActorKind.EXTERNAL_FORCE, actors.get(1).kind());
    List<Incident> incidents = only(all, Incident.class);
    assertEquals(null, incidents.get(0).extensions().get(AcledExtensions.INTER1));
    assertEquals("8", incidents.get(1).extensions().get(AcledExtensions.INTER1));
    assertEquals("1", incidents.get(1).extensions().get(AcledExtensions.INTER2));
    List<Map<String, String>> back = roundTrip(csv, AcledStyle.NUMERIC);
    assertEquals(List.of("1", "8", "6"), back.stream().map(r -> r.get("inter1")).toList());
    // the third row's empty inter2 comes back empty (kept verbatim), not as the usual 0
    assertEquals(List.of("8", "1", ""), back.stream().map(r -> r.get("inter2")).toList());
    assertEquals("\"\"", incidents.get(2).extensions().get(AcledExtensions.RAW_PREFIX + "inter2"));
    assertEquals("Military Forces of Armenia (2018-)", back.get(2).get("assoc_actor_1"));
    // two countries, two hierarchies
    assertEquals(
        List.of("ter-acled-azerbaijan", "ter-acled-azerbaijan-ganja", "ter-acled-armenia",
            "ter-acled-armenia-berdavan", "ter-acled-armenia-yerevan"),
        only(all, Territory.class).stream().map(t -> t.id().value()).toList());
  }

  @Test
  void longDatesAndLabelStylesAreDetectedAndReproduced() throws IOException {
    String csv =
        "event_id_cnty,event_date,time_precision,sub_event_type,actor1,inter1,actor2,inter2,interaction,country,location,latitude,longitude,geo_precision\n"
            + "ARM1,5 October 2019,1,Mob violence,Rioters (Armenia),Rioters,Civilians (Armenia),Civilians,Rioters-Civilians,Armenia,Yerevan,40.1811,44.5136,1\n";
    try (AcledReader reader = AcledReader.open(new StringReader(csv), e -> {})) {
      assertEquals(new AcledStyle(true, false), reader.style());
      Incident i = only(drain(reader), Incident.class).get(0);
      assertEquals("2019-10-05", i.time().toEdtf());
    }
    Map<String, String> back = roundTrip(csv, new AcledStyle(true, false)).get(0);
    assertEquals("5 October 2019", back.get("event_date"));
    assertEquals("Rioters", back.get("inter1"));
    assertEquals("Rioters-Civilians", back.get("interaction"));
    Map<String, String> numeric = roundTrip(csv, AcledStyle.NUMERIC).get(0);
    assertEquals("2019-10-05", numeric.get("event_date"));
    assertEquals("57", numeric.get("interaction"));
    assertTrue(numeric.get("year").equals("2019"));
  }
}
