package dev.casus.jackson.schema;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.casus.core.code.CodeList;
import dev.casus.core.entity.IdGrammar;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.name.LanguageTags;
import dev.casus.core.name.Name;
import dev.casus.core.text.FreeText;
import dev.casus.core.time.EdtfTime;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-written valid documents validate, and the full feed exercises the whole schema. */
class ValidDocumentsSchemaTest {

  private static final JsonNode FULL = CasusSchemas.json(CasusSchemas.resource("valid/full-feed.json"));

  @ParameterizedTest
  @ValueSource(strings = {"full-feed.json", "minimal-feed.json", "reader-accepted-forms.json"})
  void validFeedDocumentsValidate(String file) {
    List<Error> errors = CasusSchemas.feed().validate(CasusSchemas.json(CasusSchemas.resource("valid/" + file)));

    assertEquals(List.of(), errors, file + CasusSchemas.describe(errors));
  }

  @Test
  void fullFeedUsesEveryMemberOfEveryDefinition() {
    MemberCoverage coverage = MemberCoverage.ofFeed(FULL);
    Map<String, Set<String>> unused = new TreeMap<>();
    SchemaTree.FEED.get("$defs").fields().forEachRemaining(d -> {
      Set<String> expected = declaredMembers(d.getValue());
      expected.removeAll(coverage.members().getOrDefault(d.getKey(), Set.of()));
      if (!expected.isEmpty()) {
        unused.put(d.getKey(), expected);
      }
    });
    Set<String> feedMembers = declaredMembers(SchemaTree.FEED);
    feedMembers.removeAll(coverage.members().get(MemberCoverage.FEED));
    if (!feedMembers.isEmpty()) {
      unused.put(MemberCoverage.FEED, feedMembers);
    }

    assertEquals(Map.of(), unused, "members the full feed never uses");
  }

  @Test
  void fullFeedUsesEveryDefinitionAndBothFormsOfNamesAndEstimates() {
    MemberCoverage coverage = MemberCoverage.ofFeed(FULL);
    Set<String> unused = new TreeSet<>();
    SchemaTree.FEED.get("$defs").fieldNames().forEachRemaining(unused::add);
    unused.removeAll(coverage.values().keySet());

    assertEquals(Set.of(), unused, "definitions the full feed never uses");
    assertEquals(Set.of("then", "else"), coverage.branches().get("Name"), "string and object names");
    assertEquals(Set.of("then", "else"), coverage.branches().get("Estimate"), "bare and object estimates");
    assertEquals(Set.of("then", "else"), coverage.branches().get("ExternalId"));
  }

  @Test
  void fullFeedUsesEveryValueOfTheSmallCodeLists() {
    MemberCoverage coverage = MemberCoverage.ofFeed(FULL);
    for (String codeList : List.of("Stance", "TextForm", "CasualtyGroup", "IdScheme")) {
      Set<String> used = new TreeSet<>();
      coverage.values().get(codeList).forEach(v -> used.add(v.asText()));
      Set<String> all = new TreeSet<>();
      SchemaTree.FEED.at("/$defs/" + codeList + "/enum").forEach(v -> all.add(v.asText()));
      assertEquals(all, used, codeList);
    }
  }

  /**
   * What the schema cannot check, checked with the core model on the full feed's values, so that
   * the feed is one a Casus reader accepts as well.
   */
  @Test
  void fullFeedValuesSatisfyTheModelInvariants() {
    Map<String, List<JsonNode>> values = MemberCoverage.ofFeed(FULL).values();

    values.get("Edtf").forEach(v -> assertDoesNotThrow(() -> EdtfTime.parse(v.asText()), v::toString));
    values.get("Id").forEach(v -> assertTrue(IdGrammar.isValid(v.asText()), v::toString));
    values.get("LanguageTag").forEach(v -> assertTrue(LanguageTags.isWellFormed(v.asText()), v::toString));
    values.get("FreeText").forEach(v -> assertDoesNotThrow(() -> FreeText.check("T", "f", v.asText())));
    values.get("Instant").forEach(v -> assertDoesNotThrow(() -> Instant.parse(v.asText())));
    values.get("Url").forEach(v -> assertTrue(URI.create(v.asText()).isAbsolute(), v::toString));
    values.get("NameText").forEach(v -> assertDoesNotThrow(() -> Name.of(v.asText())));
    values.get("GeoPoint").forEach(v ->
        assertDoesNotThrow(() -> GeoPoint.of(v.get("latitude").asDouble(), v.get("longitude").asDouble())));
    values.get("ExternalId").forEach(v -> assertDoesNotThrow(() -> ExternalId.of(
        CodeList.fromWireName(IdScheme.class, v.get("scheme").asText()).orElseThrow(),
        v.get("value").asText())));
    values.get("EstimateRange").forEach(v -> assertDoesNotThrow(() -> {
      var b = Estimate.builder().low(v.path("low").asLong(0));
      if (v.has("best")) {
        b.best(v.get("best").asLong());
      }
      if (v.has("high")) {
        b.high(v.get("high").asLong());
      }
      b.build();
    }, v::toString));
    for (String array : List.of("sources", "actors", "territories", "incidents", "statements",
        "casualtyReports")) {
      Set<String> ids = new HashSet<>();
      FULL.get(array).forEach(e -> assertTrue(ids.add(e.get("id").asText()), "duplicate id " + e));
    }
  }

  @Test
  void everyJsonLinesRecordValidatesAndEveryRecordTypeAppears() {
    String[] lines = CasusSchemas.resource("valid/records.jsonl").split("\n");
    Set<String> types = new LinkedHashSet<>();
    for (int i = 0; i < lines.length; i++) {
      JsonNode record = CasusSchemas.json(lines[i]);
      List<Error> errors = CasusSchemas.record().validate(record);
      assertEquals(List.of(), errors, "line " + (i + 1) + CasusSchemas.describe(errors));
      types.add(record.get("type").asText());
    }
    Set<String> all = new LinkedHashSet<>();
    SchemaTree.RECORD.at("/properties/type/enum").forEach(t -> all.add(t.asText()));

    assertEquals(all, types);
    assertEquals("feed", CasusSchemas.json(lines[0]).get("type").asText(), "the header comes first");
  }

  @Test
  void entitiesOfTheFullFeedAreValidRecordsOnceTyped() {
    Map<String, String> types = Map.of("sources", "source", "actors", "actor", "territories",
        "territory", "incidents", "incident", "statements", "statement", "casualtyReports",
        "casualty_report");
    int records = 0;
    for (Map.Entry<String, String> t : types.entrySet()) {
      for (JsonNode entity : FULL.get(t.getKey())) {
        var record = CasusSchemas.MAPPER.createObjectNode().put("type", t.getValue());
        record.setAll((com.fasterxml.jackson.databind.node.ObjectNode) entity);
        List<Error> errors = CasusSchemas.record().validate(record);
        assertEquals(List.of(), errors, entity.get("id") + CasusSchemas.describe(errors));
        records++;
      }
    }
    assertTrue(records > 30);
  }

  @Test
  void anEntityUnderTheWrongRecordTypeIsRejected() {
    JsonNode actor = CasusSchemas.json(
        "{\"type\":\"territory\",\"id\":\"act-aze\",\"kind\":\"state\",\"name\":\"Azerbaijan\"}");

    List<Error> errors = CasusSchemas.record().validate(actor);

    assertFalse(errors.isEmpty());
    assertEquals(Set.of("/kind"), pointers(errors), CasusSchemas.describe(errors));
  }

  @AfterAll
  static void nothingWasFetchedFromTheNetwork() {
    assertEquals(List.of(), CasusSchemas.remoteFetches());
  }

  private static Set<String> declaredMembers(JsonNode schema) {
    Set<String> out = new TreeSet<>();
    schema.path("properties").fieldNames().forEachRemaining(out::add);
    if (schema.has("patternProperties")) {
      out.add(MemberCoverage.EXTENSION);
    }
    return out;
  }

  private static Set<String> pointers(List<Error> errors) {
    Set<String> out = new TreeSet<>();
    errors.forEach(e -> out.add(CasusSchemas.pointer(e)));
    return out;
  }
}
