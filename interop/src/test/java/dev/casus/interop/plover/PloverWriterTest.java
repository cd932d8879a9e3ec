package dev.casus.interop.plover;

import static dev.casus.interop.plover.SeedFeed.INC_GANJA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.casus.core.entity.EntityId;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.statement.StatementId;
import dev.casus.core.statement.StatementKind;
import dev.casus.interop.support.EntityLookup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PloverWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Feed feed = SeedFeed.feed();

  @Test
  void writesOneJsonObjectPerLineForEveryMappedDatedEntity() throws IOException {
    StringWriter out = new StringWriter();
    PloverExport export = PloverWriter.create().write(feed, out);
    String text = out.toString();
    assertTrue(text.endsWith("\n"), "last line ends with a newline");
    String[] lines = text.split("\n");
    assertEquals(16, lines.length);
    assertEquals(5, export.incidentEvents());
    assertEquals(11, export.statementEvents());
    assertEquals(16, export.eventsWritten());
    List<String> ids = new ArrayList<>();
    for (String line : lines) {
      JsonNode node = JSON.readTree(line);
      assertTrue(node.isObject(), line);
      ids.add(node.get("id").asText());
    }
    assertEquals("inc-ganja", ids.get(0));
    assertEquals("st-hajiyev-ganja", ids.get(5));
    assertFalse(ids.contains("inc-intercept"), "unmapped type is not written");
    assertFalse(ids.contains("st-undated"), "undated statement is not written");
  }

  @Test
  void unmappedAndUndatedEntitiesAreCountedNotGuessed() throws IOException {
    PloverExport export = PloverWriter.create().write(feed, new StringWriter());
    assertEquals(Map.of(IncidentType.DISRUPTED_WEAPONS_USE, 1), export.unmappedIncidentTypes());
    Map<StatementKind, Integer> kinds = new LinkedHashMap<>();
    kinds.put(StatementKind.CLAIM, 1);
    kinds.put(StatementKind.CONFIRMATION, 1);
    kinds.put(StatementKind.VOW, 1);
    kinds.put(StatementKind.ASSESSMENT, 1);
    assertEquals(kinds, export.unmappedStatementKinds());
    assertEquals(
        List.copyOf(kinds.keySet()), List.copyOf(export.unmappedStatementKinds().keySet()));
    assertEquals(5, export.unmappedCount());
    assertEquals(List.<EntityId>of(StatementId.of("st-undated")), export.undated());
  }

  @Test
  void ganjaStrikeIsAssaultWithHeavyWeaponsAndContestedPerpetrators() throws IOException {
    JsonNode ganja = lines().get("inc-ganja");
    assertEquals("2020-10-04", ganja.get("date").asText());
    assertFalse(ganja.has("enddate"));
    assertEquals("day", ganja.get("date_precision").asText());
    assertEquals("ASSAULT", ganja.get("event_type").asText());
    assertEquals(List.of("heavy-weapons"), texts(ganja.get("mode")));
    assertFalse(ganja.has("context"));
    assertEquals(4, ganja.get("quad_code").asInt());
    assertEquals("194", ganja.get("cameo_code").asText());

    JsonNode source = ganja.get("source");
    assertEquals(2, source.size());
    assertEquals("Armenia", source.get(0).get("entity_name").asText());
    assertEquals("Q399", source.get(0).get("wikidata_id").asText());
    assertEquals("ARM", source.get(0).get("country_code").asText());
    assertEquals(List.of("alleged", "denied"), texts(source.get(0).get("casus_certainty")));
    assertEquals("Nagorno-Karabakh authorities", source.get(1).get("entity_name").asText());
    assertFalse(source.get(1).has("wikidata_id"), "no Wikidata id is invented");
    assertEquals(List.of("claimed"), texts(source.get(1).get("casus_certainty")));
    assertEquals("act-civilians-aze", ganja.get("recipient").get(0).get("casus_id").asText());

    JsonNode loc = ganja.get("event_loc");
    assertEquals("Ganja", loc.get("name").asText());
    assertEquals(40.6828, loc.get("latitude").asDouble());
    assertEquals(46.3606, loc.get("longitude").asDouble());
    assertEquals(587084, loc.get("geonameid").asLong());
    assertEquals("exact", loc.get("resolution").asText());
    assertEquals("location", loc.get("point_source").asText());
  }

  @Test
  void casusMemberKeepsWhoSaidWhat() throws IOException {
    JsonNode casus = lines().get("inc-ganja").get("casus");
    assertEquals("incident", casus.get("entity").asText());
    assertEquals("confirmed", casus.get("status").asText());
    assertEquals(List.of("missile", "rocket"), texts(casus.get("means")));
    JsonNode alleged = casus.get("participants").get(0);
    assertEquals("act-arm", alleged.get("actor").asText());
    assertEquals("alleged", alleged.get("certainty").asText());
    JsonNode by = alleged.get("attributedIn").get(0);
    assertEquals("st-hajiyev-ganja", by.get("statement").asText());
    assertEquals("accusation", by.get("kind").asText());
    assertEquals("act-hajiyev", by.get("speaker").asText());
    assertEquals("Hikmet Hajiyev", by.get("speakerName").asText());
    assertEquals("act-aze", by.get("onBehalfOf").asText());
    JsonNode denied = casus.get("participants").get(1);
    assertEquals("denied", denied.get("certainty").asText());
    assertEquals("act-stepanian", denied.get("attributedIn").get(0).get("speaker").asText());
    assertEquals(
        "dense residential areas", casus.get("locations").get(0).get("description").asText());
  }

  @Test
  void protestArrestAndClashFollowTheTable() throws IOException {
    Map<String, JsonNode> lines = lines();
    JsonNode protest = lines.get("inc-protest");
    assertEquals("PROTEST", protest.get("event_type").asText());
    assertEquals(List.of("demo"), texts(protest.get("mode")));
    assertEquals("2020-10-01", protest.get("date").asText());
    assertEquals("2020-10-31", protest.get("enddate").asText());
    assertEquals("month", protest.get("date_precision").asText());
    assertEquals("territory", protest.get("event_loc").get("point_source").asText());
    assertEquals(40.1811, protest.get("event_loc").get("latitude").asDouble());

    JsonNode arrest = lines.get("inc-arrest");
    assertEquals("COERCE", arrest.get("event_type").asText());
    assertEquals(List.of("arrest"), texts(arrest.get("mode")));
    assertEquals("173", arrest.get("cameo_code").asText());
    assertEquals(
        "Police Forces of Armenia", arrest.get("source").get(0).get("entity_name").asText());
    assertEquals(
        "Protesters (Armenia)", arrest.get("recipient").get(0).get("entity_name").asText());
    assertEquals("near", arrest.get("event_loc").get("resolution").asText());
    assertFalse(arrest.get("event_loc").has("name"), "a point-only location has no name");

    JsonNode clash = lines.get("inc-clashes");
    assertEquals(List.of("heavy-weapons", "firearms"), texts(clash.get("mode")));
    assertEquals("2020-09-27", clash.get("date").asText());
    assertFalse(clash.has("enddate"), "an open end has no end date");
    assertEquals("interval", clash.get("date_precision").asText());
    assertEquals(2, clash.get("source").size(), "both sides of a clash are sources");
    assertFalse(clash.has("recipient"));
    assertFalse(clash.has("event_loc"));

    JsonNode khizi = lines.get("inc-khizi");
    assertEquals("admin1", khizi.get("event_loc").get("resolution").asText());
    assertFalse(khizi.get("event_loc").has("latitude"), "no point is invented");
  }

  @Test
  void everyStatementKindIsWrittenPerTheTable() throws IOException {
    Map<String, JsonNode> lines = lines();
    assertStatement(lines.get("st-hajiyev-ganja"), "ACCUSE", "allege", "112");
    assertStatement(lines.get("st-stepanian"), "REJECT", null, null);
    assertStatement(lines.get("st-harutyunyan-claim"), null, null, "015");
    assertStatement(lines.get("st-poghosyan"), null, null, "016");
    assertStatement(lines.get("st-harutyunyan-stop"), "REQUEST", null, "100");
    assertStatement(lines.get("st-aliyev-demand"), "REQUEST", null, "100");
    assertStatement(lines.get("st-minsk-appeal"), "REQUEST", null, "020");
    assertStatement(lines.get("st-hasanov"), "ACCUSE", "disapprove", "111");
    assertStatement(lines.get("st-aliyev-congratulation"), "SUPPORT", null, "051");
    assertStatement(lines.get("st-aliyev-threat"), "THREATEN", null, "130");
    assertStatement(lines.get("st-turkey-support"), "SUPPORT", null, "050");
  }

  @Test
  void accusationIsMadeForAzerbaijanAgainstArmenia() throws IOException {
    JsonNode line = lines().get("st-hajiyev-ganja");
    JsonNode source = line.get("source").get(0);
    assertEquals("Azerbaijan", source.get("entity_name").asText());
    assertEquals("Q227", source.get("wikidata_id").asText());
    JsonNode recipient = line.get("recipient").get(0);
    assertEquals("Armenia", recipient.get("entity_name").asText());
    assertEquals("Q399", recipient.get("wikidata_id").asText());
    assertEquals(
        List.of("Armenia's massive missile attacks against dense residential areas"),
        texts(line.get("event_text")));
    JsonNode casus = line.get("casus");
    assertEquals("st-hajiyev-ganja", casus.get("statement").asText());
    assertEquals("act-hajiyev", casus.get("speaker").asText());
    assertEquals("tweet", casus.get("channel").asText());
    JsonNode attribution = casus.get("attributions").get(0);
    assertEquals("inc-ganja", attribution.get("incident").asText());
    assertEquals("act-arm", attribution.get("actor").asText());
    assertEquals("alleged", attribution.get("certainty").asText());
  }

  @Test
  void denialRejectsTheClaimOfTheStatementItDisputes() throws IOException {
    JsonNode line = lines().get("st-stepanian");
    assertEquals(
        "Armenian Defence Ministry", line.get("source").get(0).get("entity_name").asText());
    assertEquals("ARM", line.get("source").get(0).get("country_code").asText(), "from its country");
    assertEquals(1, line.get("recipient").size());
    assertEquals("Azerbaijan", line.get("recipient").get(0).get("entity_name").asText());
    assertEquals("denied", line.get("casus").get("attributions").get(0).get("certainty").asText());
  }

  @Test
  void claimOfResponsibilityHasNoRecipientButItsOwnClaim() throws IOException {
    JsonNode line = lines().get("st-harutyunyan-claim");
    assertFalse(line.has("event_type"));
    assertFalse(line.has("quad_code"));
    assertFalse(line.has("recipient"), "the claimant is not its own recipient");
    assertEquals("act-nk", line.get("source").get(0).get("casus_id").asText());
    assertEquals("claimed", line.get("casus").get("attributions").get(0).get("certainty").asText());
  }

  @Test
  void sameFeedGivesSameBytes() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    PloverWriter.create().write(SeedFeed.feed(), first);
    PloverWriter.create().write(SeedFeed.feed(), second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
    StringWriter chars = new StringWriter();
    PloverWriter.create().write(SeedFeed.feed(), chars);
    assertEquals(chars.toString(), first.toString(StandardCharsets.UTF_8));
  }

  @Test
  void streamOfEntitiesWithLookupWritesTheSameLine() throws IOException {
    StringWriter fromFeed = new StringWriter();
    PloverWriter.create().write(feed, fromFeed);
    StringWriter fromStream = new StringWriter();
    PloverExport export =
        PloverWriter.create()
            .write(
                List.of(feed.actors().get(0), SeedFeed.ganja()), EntityLookup.of(feed), fromStream);
    assertEquals(1, export.eventsWritten());
    assertEquals(fromFeed.toString().split("\n")[0] + "\n", fromStream.toString());
  }

  @Test
  void missingActorsFallBackToTheirIds() throws IOException {
    Feed bare =
        Feed.builder()
            .from(feed)
            .actors(List.of())
            .territories(List.of())
            .statements(List.of())
            .build();
    JsonNode ganja = lines(bare).get(INC_GANJA.value());
    assertEquals("act-arm", ganja.get("source").get(0).get("entity_name").asText());
    assertFalse(ganja.get("source").get(0).has("wikidata_id"));
    assertFalse(ganja.get("event_loc").has("name"));
    assertEquals(
        "st-hajiyev-ganja",
        ganja
            .get("casus")
            .get("participants")
            .get(0)
            .get("attributedIn")
            .get(0)
            .get("statement")
            .asText());
  }

  @Test
  void exportCountsMustNotBeNegative() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PloverExport.builder().incidentEvents(-1).statementEvents(0).build());
    assertTrue(e.getMessage().contains("PloverExport.incidentEvents"), e.getMessage());
  }

  private static void assertStatement(JsonNode line, String event, String mode, String cameo) {
    if (event == null) {
      assertFalse(line.has("event_type"), line.toString());
    } else {
      assertEquals(event, line.get("event_type").asText(), line.toString());
    }
    if (mode == null) {
      assertFalse(line.has("mode"), line.toString());
    } else {
      assertEquals(List.of(mode), texts(line.get("mode")), line.toString());
    }
    if (cameo == null) {
      assertFalse(line.has("cameo_code"), line.toString());
    } else {
      assertEquals(cameo, line.get("cameo_code").asText(), line.toString());
    }
    assertEquals("statement", line.get("casus").get("entity").asText());
    assertEquals(1, line.get("source").size());
  }

  private Map<String, JsonNode> lines() throws IOException {
    return lines(feed);
  }

  private static Map<String, JsonNode> lines(Feed feed) throws IOException {
    StringWriter out = new StringWriter();
    PloverWriter.create().write(feed, out);
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (String line : out.toString().split("\n")) {
      JsonNode node = JSON.readTree(line);
      byId.put(node.get("id").asText(), node);
    }
    return byId;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
