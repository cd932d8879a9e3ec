package dev.casus.interop.geojson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.casus.core.feed.Feed;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.name.Name;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryKind;
import dev.casus.core.time.EdtfTime;
import dev.casus.interop.plover.SeedFeed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoJsonWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Feed feed = SeedFeed.feed();

  @Test
  void isAFeatureCollectionOfPointsWithoutCrs() throws IOException {
    JsonNode root = write(feed, GeoJsonWriter.create());
    assertEquals("FeatureCollection", root.get("type").asText());
    assertFalse(root.has("crs"), "RFC 7946 removed crs");
    JsonNode features = root.get("features");
    assertTrue(features.isArray());
    assertEquals(4, features.size());
    for (JsonNode f : features) {
      assertEquals("Feature", f.get("type").asText());
      assertTrue(f.get("id").isTextual());
      assertEquals("Point", f.get("geometry").get("type").asText());
      JsonNode c = f.get("geometry").get("coordinates");
      assertEquals(2, c.size());
      assertTrue(c.get(0).isNumber() && c.get(1).isNumber());
      assertTrue(Math.abs(c.get(0).asDouble()) <= 180 && Math.abs(c.get(1).asDouble()) <= 90);
      assertFalse(f.has("crs"));
      assertTrue(f.get("properties").isObject());
    }
  }

  @Test
  void coordinatesAreLongitudeThenLatitude() throws IOException {
    JsonNode ganja = features(write(feed, GeoJsonWriter.create())).get("inc-ganja");
    JsonNode c = ganja.get("geometry").get("coordinates");
    assertEquals(46.3606, c.get(0).asDouble(), "longitude first");
    assertEquals(40.6828, c.get(1).asDouble(), "latitude second");
  }

  @Test
  void propertiesAreFlatAndReadable() throws IOException {
    Map<String, JsonNode> features =
        features(write(feed, GeoJsonWriter.create().withTerritories(true)));
    for (JsonNode f : features.values()) {
      Iterator<Map.Entry<String, JsonNode>> it = f.get("properties").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> p = it.next();
        assertTrue(p.getValue().isValueNode() && !p.getValue().isNull(), p.getKey() + " is flat");
      }
    }
    JsonNode p = features.get("inc-ganja").get("properties");
    assertEquals("inc-ganja", p.get("id").asText());
    assertEquals("incident", p.get("featureType").asText());
    assertEquals("shelling_artillery_missile_attack", p.get("type").asText());
    assertEquals("Explosions/Remote violence", p.get("eventType").asText());
    assertEquals("2020-10-04", p.get("time").asText());
    assertEquals("2020-10-04", p.get("date").asText());
    assertEquals("confirmed", p.get("status").asText());
    assertEquals("exact", p.get("precision").asText());
    assertEquals("Ganja", p.get("place").asText());
    assertEquals("dense residential areas", p.get("placeDescription").asText());
    assertEquals(
        "Armenia (alleged, denied); Nagorno-Karabakh authorities (claimed)",
        p.get("perpetrators").asText());
    assertEquals("Civilians (Azerbaijan) (confirmed)", p.get("victims").asText());
    assertFalse(p.has("targets"));
    assertEquals("missile, rocket", p.get("means").asText());
    assertEquals(1, p.get("bestFatalities").asLong());
    assertEquals(1, p.get("fatalityReports").asInt());
    assertTrue(p.get("summary").asText().startsWith("Missile strike"));
    assertEquals(
        "Azerbaijan says Armenia attacking cities outside conflict zone (TRT World)",
        p.get("sources").asText());
  }

  @Test
  void territoryOnlyLocationUsesTheTerritoryPoint() throws IOException {
    JsonNode protest = features(write(feed, GeoJsonWriter.create())).get("inc-protest");
    assertEquals(44.5136, protest.get("geometry").get("coordinates").get(0).asDouble());
    assertEquals(40.1811, protest.get("geometry").get("coordinates").get(1).asDouble());
    assertEquals("territory", protest.get("properties").get("pointSource").asText());
    assertEquals("Yerevan", protest.get("properties").get("place").asText());
    assertEquals("2020-10", protest.get("properties").get("time").asText());
    assertEquals("2020-10-01", protest.get("properties").get("date").asText());
    JsonNode arrest = features(write(feed, GeoJsonWriter.create())).get("inc-arrest");
    assertEquals("location", arrest.get("properties").get("pointSource").asText());
    assertFalse(arrest.get("properties").has("place"));
    assertEquals(
        "Protesters (Armenia) (confirmed)", arrest.get("properties").get("targets").asText());
  }

  @Test
  void incidentsWithoutPointAreReported() throws IOException {
    GeoJsonExport export = GeoJsonWriter.create().write(feed, new StringWriter());
    assertEquals(4, export.incidentFeatures());
    assertEquals(0, export.territoryFeatures());
    assertEquals(4, export.features());
    assertEquals(List.of(SeedFeed.INC_KHIZI, SeedFeed.INC_CLASHES), export.incidentsWithoutPoint());
    assertEquals(1, export.locationsWithoutPoint(), "Khizi has a territory but no point");
    assertFalse(features(write(feed, GeoJsonWriter.create())).containsKey("inc-khizi"));
  }

  @Test
  void territoriesWithPointsAreOptionalFeatures() throws IOException {
    StringWriter out = new StringWriter();
    GeoJsonExport export = GeoJsonWriter.create().withTerritories(true).write(feed, out);
    assertEquals(
        2, export.territoryFeatures(), "Ganja and Yerevan; Khizi and countries lack points");
    Map<String, JsonNode> features = features(JSON.readTree(out.toString()));
    JsonNode ganja = features.get("territory:ter-ganja");
    assertEquals("territory", ganja.get("properties").get("featureType").asText());
    assertEquals("Ganja", ganja.get("properties").get("name").asText());
    assertEquals("city", ganja.get("properties").get("kind").asText());
    assertEquals("Azerbaijan", ganja.get("properties").get("parent").asText());
    assertEquals(46.3606, ganja.get("geometry").get("coordinates").get(0).asDouble());
    assertFalse(features.containsKey("territory:ter-khizi"));
    assertEquals(
        0,
        GeoJsonWriter.create()
            .withTerritories(true)
            .withTerritories(false)
            .write(feed, new StringWriter())
            .territoryFeatures());
  }

  @Test
  void coordinatesHaveAtMostSixDecimals() throws IOException {
    Feed precise =
        Feed.builder()
            .from(feed)
            .incidents(
                List.of(
                    incident(
                        "inc-precise",
                        Location.of(
                            GeoPoint.of(-33.123456789, 151.0000004), LocationPrecision.EXACT))))
            .build();
    StringWriter out = new StringWriter();
    GeoJsonWriter.create().write(precise, out);
    assertTrue(out.toString().contains("\"coordinates\":[151,-33.123457]"), out.toString());
  }

  @Test
  void secondLocationGetsItsOwnFeatureId() throws IOException {
    Feed twoPlaces =
        Feed.builder()
            .from(feed)
            .incidents(
                List.of(
                    Incident.builder()
                        .from(
                            incident(
                                "inc-two", Location.of(SeedFeed.GANJA, LocationPrecision.EXACT)))
                        .addLocation(Location.of(SeedFeed.KHIZI, LocationPrecision.REGION))
                        .addLocation(Location.of(SeedFeed.YEREVAN_POINT, LocationPrecision.NEAR))
                        .build()))
            .build();
    StringWriter out = new StringWriter();
    GeoJsonExport export = GeoJsonWriter.create().write(twoPlaces, out);
    Map<String, JsonNode> features = features(JSON.readTree(out.toString()));
    assertEquals(List.of("inc-two", "inc-two#3"), new ArrayList<>(features.keySet()));
    assertEquals("inc-two", features.get("inc-two#3").get("properties").get("id").asText());
    assertEquals(2, export.incidentFeatures());
    assertEquals(1, export.locationsWithoutPoint());
    assertEquals(List.of(), export.incidentsWithoutPoint());
  }

  @Test
  void sameFeedGivesSameBytesInUtf8() throws IOException {
    Feed named =
        Feed.builder()
            .from(feed)
            .territories(
                List.of(
                    Territory.builder()
                        .id(SeedFeed.GANJA)
                        .kind(TerritoryKind.CITY)
                        .name(Name.of("Gəncə", "az"))
                        .point(SeedFeed.GANJA_POINT)
                        .build()))
            .build();
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    GeoJsonWriter.create().withTerritories(true).write(named, first);
    GeoJsonWriter.create().withTerritories(true).write(named, second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
    String text = first.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("\"place\":\"Gəncə\""), text);
    assertTrue(text.endsWith("}\n"));
    StringWriter chars = new StringWriter();
    GeoJsonWriter.create().withTerritories(true).write(named, chars);
    assertEquals(chars.toString(), text);
  }

  @Test
  void exportCountsMustNotBeNegative() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GeoJsonExport.builder()
                    .incidentFeatures(0)
                    .territoryFeatures(-1)
                    .locationsWithoutPoint(0)
                    .build());
    assertTrue(e.getMessage().contains("territoryFeatures=-1"), e.getMessage());
  }

  private static Incident incident(String id, Location location) {
    return Incident.builder()
        .id(IncidentId.of(id))
        .type(IncidentType.ARMED_CLASH)
        .time(EdtfTime.parse("2020-10-04"))
        .addLocation(location)
        .build();
  }

  private static JsonNode write(Feed feed, GeoJsonWriter writer) throws IOException {
    StringWriter out = new StringWriter();
    writer.write(feed, out);
    return JSON.readTree(out.toString());
  }

  private static Map<String, JsonNode> features(JsonNode root) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode f : root.get("features")) {
      byId.put(f.get("id").asText(), f);
    }
    return byId;
  }
}
