package dev.casus.jackson.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.code.CodeList;
import dev.casus.core.entity.EntityKind;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.incident.IncidentStatus;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Means;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.incident.TargetCategory;
import dev.casus.core.source.SourceKind;
import dev.casus.core.statement.Channel;
import dev.casus.core.statement.Stance;
import dev.casus.core.statement.StatementKind;
import dev.casus.core.statement.TextForm;
import dev.casus.core.territory.ControlStatus;
import dev.casus.core.territory.TerritoryKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The schema documents themselves: valid 2020-12, complete, documented, in step with the model. */
class SchemaDocumentTest {

  private static final String META = "https://json-schema.org/draft/2020-12/schema";

  /** Every keyword the two documents may use (draft 2020-12 core, applicator, validation, meta-data, format). */
  private static final Set<String> KEYWORDS =
      Set.of("$schema", "$id", "$ref", "$defs", "title", "description", "examples", "default",
          "type", "enum", "const", "pattern", "format", "minLength", "maxLength", "minimum",
          "maximum", "minItems", "maxItems", "uniqueItems", "required", "properties",
          "patternProperties", "additionalProperties", "items", "allOf", "anyOf", "oneOf", "if",
          "then", "else");

  private static final Map<String, Class<? extends Enum<?>>> ENUMS = new LinkedHashMap<>();

  static {
    ENUMS.put("SourceKind", SourceKind.class);
    ENUMS.put("ActorKind", ActorKind.class);
    ENUMS.put("TerritoryKind", TerritoryKind.class);
    ENUMS.put("ControlStatus", ControlStatus.class);
    ENUMS.put("Certainty", Certainty.class);
    ENUMS.put("IncidentType", IncidentType.class);
    ENUMS.put("IncidentStatus", IncidentStatus.class);
    ENUMS.put("Means", Means.class);
    ENUMS.put("TargetCategory", TargetCategory.class);
    ENUMS.put("ParticipantRole", ParticipantRole.class);
    ENUMS.put("StatementKind", StatementKind.class);
    ENUMS.put("Channel", Channel.class);
    ENUMS.put("Stance", Stance.class);
    ENUMS.put("TextForm", TextForm.class);
    ENUMS.put("CasualtyOutcome", CasualtyOutcome.class);
    ENUMS.put("CasualtyGroup", CasualtyGroup.class);
    ENUMS.put("LocationPrecision", LocationPrecision.class);
    ENUMS.put("IdScheme", IdScheme.class);
  }

  @Test
  void bothDocumentsAreValidAgainstTheDraft202012MetaSchema() {
    Schema meta = CasusSchemas.registry().getSchema(SchemaLocation.of(META));

    for (String file : List.of("casus-feed.schema.json", "casus-record.schema.json")) {
      List<Error> errors = meta.validate(CasusSchemas.schemaDocument(file));
      assertEquals(List.of(), errors, file + CasusSchemas.describe(errors));
    }
    // the meta-schema check can fail: a schema with a malformed keyword value is rejected
    assertFalse(meta.validate(CasusSchemas.json("{\"type\":12,\"required\":\"id\"}")).isEmpty());
  }

  @Test
  void documentsDeclareDraft202012AndTheirIds() {
    assertEquals(META, SchemaTree.FEED.path("$schema").asText());
    assertEquals(META, SchemaTree.RECORD.path("$schema").asText());
    assertEquals(CasusSchemas.FEED_ID, SchemaTree.FEED.path("$id").asText());
    assertEquals(CasusSchemas.RECORD_ID, SchemaTree.RECORD.path("$id").asText());
    assertEquals(CasusSchemas.FEED_ID, CasusSchemas.feed().getId());
    assertEquals(CasusSchemas.RECORD_ID, CasusSchemas.record().getId());
  }

  @Test
  void schemasLieOnTheClasspathWhereTheJarPutsThem() {
    for (String file : List.of("casus-feed.schema.json", "casus-record.schema.json")) {
      assertNotNull(
          getClass().getClassLoader().getResource(CasusSchemas.CLASSPATH_DIR + file), file);
    }
  }

  @Test
  void everyDefinitionMemberAndAlternativeHasADescription() {
    List<String> missing = new ArrayList<>();
    for (JsonNode document : List.of(SchemaTree.FEED, SchemaTree.RECORD)) {
      String name = document.path("$id").asText();
      if (!document.path("title").isTextual() || !document.path("description").isTextual()) {
        missing.add(name + " (root title or description)");
      }
      SchemaTree.forEachSchema(
          "",
          document,
          (pointer, schema) -> {
            if (needsDescription(pointer) && !schema.path("description").isTextual()) {
              missing.add(name + "#" + pointer);
            } else if (schema.has("description") && schema.get("description").asText().isBlank()) {
              missing.add(name + "#" + pointer + " (blank)");
            }
          });
    }
    assertEquals(List.of(), missing);
  }

  /** Definitions, members, extension members and the branches of allOf/anyOf/oneOf. */
  private static boolean needsDescription(String pointer) {
    if (pointer.contains("/if")) {
      return false; // conditions are matched, not documented
    }
    return Pattern.compile(".*/(\\$defs|properties|patternProperties|allOf|anyOf|oneOf)/[^/]+$")
        .matcher(pointer)
        .matches();
  }

  @Test
  void documentsUseOnlyKnownKeywords() {
    List<String> unknown = new ArrayList<>();
    for (JsonNode document : List.of(SchemaTree.FEED, SchemaTree.RECORD)) {
      SchemaTree.forEachSchema(
          "",
          document,
          (pointer, schema) ->
              schema.fieldNames().forEachRemaining(k -> {
                if (!KEYWORDS.contains(k)) {
                  unknown.add(document.path("$id").asText() + "#" + pointer + "/" + k);
                }
              }));
    }
    assertEquals(List.of(), unknown, "a misspelt keyword is silently ignored by validators");
  }

  @Test
  void everyRefResolvesInsideTheCasusSchemas() {
    int[] refs = {0};
    for (JsonNode document : List.of(SchemaTree.FEED, SchemaTree.RECORD)) {
      SchemaTree.forEachSchema(
          "",
          document,
          (pointer, schema) -> {
            if (schema.has("$ref")) {
              SchemaTree.resolve(document, schema.get("$ref").asText());
              refs[0]++;
            }
          });
    }
    assertTrue(refs[0] > 100, "walked " + refs[0] + " $refs");
  }

  @Test
  void everyPatternIsPortableBetweenEcma262AndJavaRegex() {
    // Constructs that java.util.regex and ECMA-262 read differently, or that only one has.
    Pattern unportable =
        Pattern.compile("\\\\[sSpPzZAGhHvVRXQEk]|\\(\\?[^:=!]|&&|[*+?}]\\+|\\[[^\\]]*\\[");
    List<String> problems = new ArrayList<>();
    for (JsonNode document : List.of(SchemaTree.FEED, SchemaTree.RECORD)) {
      SchemaTree.forEachSchema(
          "",
          document,
          (pointer, schema) -> {
            List<String> patterns = new ArrayList<>();
            if (schema.has("pattern")) {
              patterns.add(schema.get("pattern").asText());
            }
            if (schema.has("patternProperties")) {
              schema.get("patternProperties").fieldNames().forEachRemaining(patterns::add);
            }
            for (String p : patterns) {
              Pattern.compile(p); // throws if Java cannot read it
              if (unportable.matcher(p).find()) {
                problems.add(pointer + ": " + p);
              }
              if (!p.startsWith("^") && !p.startsWith("[")) {
                problems.add(pointer + ": unanchored " + p);
              }
            }
          });
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyEnumListsTheWireNamesOfItsJavaCodeList() {
    JsonNode defs = SchemaTree.FEED.get("$defs");
    for (Map.Entry<String, Class<? extends Enum<?>>> e : ENUMS.entrySet()) {
      List<String> expected =
          Arrays.stream(e.getValue().getEnumConstants())
              .map(c -> ((CodeList) c).wireName())
              .toList();
      assertEquals(expected, texts(defs.get(e.getKey()).get("enum")), e.getKey());
    }
    Set<String> enumDefs = new TreeSet<>();
    defs.fields().forEachRemaining(d -> {
      if (d.getValue().has("enum")) {
        enumDefs.add(d.getKey());
      }
    });
    assertEquals(new TreeSet<>(ENUMS.keySet()), enumDefs, "every enum definition is checked");
  }

  @Test
  void externalIdHasAValuePatternForEveryScheme() {
    List<String> schemes =
        StreamSupport.stream(SchemaTree.FEED.at("/$defs/ExternalId/allOf").spliterator(), false)
            .map(rule -> rule.at("/if/properties/scheme/const").asText())
            .toList();
    assertEquals(
        Arrays.stream(IdScheme.values()).map(IdScheme::wireName).toList(), schemes);
  }

  @Test
  void eachRecordTypeHasTheMembersOfItsEntityPlusRecordType() {
    JsonNode defs = SchemaTree.FEED.get("$defs");
    Map<String, JsonNode> expected = new LinkedHashMap<>();
    expected.put("feed", headerOf(SchemaTree.FEED));
    for (EntityKind kind : EntityKind.values()) {
      expected.put(kind.wireName(), defs.get(definitionName(kind)));
    }

    assertEquals(
        List.copyOf(expected.keySet()),
        texts(SchemaTree.RECORD.at("/properties/type/enum")),
        "record types: feed, then the entity kinds");
    JsonNode rules = SchemaTree.RECORD.get("allOf");
    assertEquals(expected.size(), rules.size());
    for (JsonNode rule : rules) {
      String type = rule.at("/if/properties/type/const").asText();
      JsonNode record = SchemaTree.resolve(SchemaTree.RECORD, rule.at("/then/$ref").asText()).schema();
      JsonNode entity = expected.get(type);

      assertEquals(type, record.at("/properties/type/const").asText());
      Set<String> members = names(entity.get("properties"));
      members.add("type");
      assertEquals(members, names(record.get("properties")), type);
      List<String> required = new ArrayList<>(List.of("type"));
      required.addAll(texts(entity.get("required")));
      assertEquals(required, texts(record.get("required")), type);
      assertEquals(names(entity.get("patternProperties")), names(record.get("patternProperties")));
      assertFalse(record.get("additionalProperties").asBoolean(true), type);
      assertEquals(entity.path("anyOf").size(), record.path("anyOf").size(), type);
      record.get("properties").fields().forEachRemaining(m -> {
        if (!m.getKey().equals("type")) {
          JsonNode target = SchemaTree.resolve(SchemaTree.RECORD, m.getValue().get("$ref").asText()).schema();
          assertEquals(entity.get("properties").get(m.getKey()), target, type + "." + m.getKey());
        }
      });
    }
  }

  @Test
  void entitiesAndTheFeedAloneTakeExtensionMembers() {
    JsonNode defs = SchemaTree.FEED.get("$defs");
    Set<String> withExtensions = new TreeSet<>();
    List<String> open = new ArrayList<>();
    defs.fields().forEachRemaining(d -> {
      JsonNode schema = d.getValue();
      if (schema.has("patternProperties")) {
        withExtensions.add(d.getKey());
      }
      if (schema.has("properties") && !schema.path("additionalProperties").isBoolean()) {
        open.add(d.getKey());
      }
    });
    Set<String> entities =
        Stream.of(EntityKind.values()).map(SchemaDocumentTest::definitionName)
            .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(entities, withExtensions);
    assertEquals(List.of(), open, "every object definition is closed");
    assertTrue(SchemaTree.FEED.has("patternProperties"));
    assertFalse(SchemaTree.FEED.get("additionalProperties").asBoolean(true));
  }

  @AfterAll
  static void nothingWasFetchedFromTheNetwork() {
    assertEquals(List.of(), CasusSchemas.remoteFetches());
  }

  private static JsonNode headerOf(JsonNode feed) {
    var header = feed.deepCopy();
    var properties = (com.fasterxml.jackson.databind.node.ObjectNode) header.get("properties");
    for (String array : List.of("sources", "actors", "territories", "incidents", "statements",
        "casualtyReports")) {
      properties.remove(array);
    }
    return header;
  }

  static String definitionName(EntityKind kind) {
    StringBuilder s = new StringBuilder();
    for (String part : kind.wireName().split("_")) {
      s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return s.toString();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Set<String> names(JsonNode object) {
    Set<String> out = new TreeSet<>();
    if (object != null) {
      object.fieldNames().forEachRemaining(out::add);
    }
    return out;
  }
}
