package dev.casus.jackson.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Walks an instance document alongside the feed schema and records which members of which
 * definition it uses, which branch of each if/then/else it takes, and every value that a
 * definition describes. Handles the constructs the Casus schemas use: $ref, properties,
 * patternProperties, items, allOf and if/then/else on a type or a const.
 */
final class MemberCoverage {

  /** The owner name used for the members of the feed document itself. */
  static final String FEED = "(feed)";

  /** The member name recorded for any extension member. */
  static final String EXTENSION = "x-*";

  private final Map<String, Set<String>> members = new TreeMap<>();
  private final Map<String, Set<String>> branches = new TreeMap<>();
  private final Map<String, List<JsonNode>> values = new TreeMap<>();

  /** Walks a feed document against the feed schema. */
  static MemberCoverage ofFeed(JsonNode feedDocument) {
    MemberCoverage coverage = new MemberCoverage();
    coverage.walk(SchemaTree.FEED, FEED, SchemaTree.FEED, feedDocument);
    return coverage;
  }

  /** Definition (or {@link #FEED}) to the member names the instance used. */
  Map<String, Set<String>> members() {
    return members;
  }

  /** Definition to the branches ("then", "else") of its if/then/else that the instance took. */
  Map<String, Set<String>> branches() {
    return branches;
  }

  /** Definition to every instance value it was applied to. */
  Map<String, List<JsonNode>> values() {
    return values;
  }

  private void walk(JsonNode document, String owner, JsonNode schema, JsonNode instance) {
    if (schema.has("$ref")) {
      SchemaTree.Target target = SchemaTree.resolve(document, schema.get("$ref").asText());
      String definition = target.definition();
      if (definition != null) {
        values.computeIfAbsent(definition, k -> new ArrayList<>()).add(instance);
      }
      walk(target.document(), definition == null ? owner : definition, target.schema(), instance);
    }
    if (schema.has("if")) {
      String branch = matches(schema.get("if"), instance) ? "then" : "else";
      branches.computeIfAbsent(owner, k -> new TreeSet<>()).add(branch);
      if (schema.has(branch)) {
        walk(document, owner, schema.get(branch), instance);
      }
    }
    if (schema.has("allOf")) {
      for (JsonNode sub : schema.get("allOf")) {
        walk(document, owner, sub, instance);
      }
    }
    if (instance.isObject() && (schema.has("properties") || schema.has("patternProperties"))) {
      Iterator<Map.Entry<String, JsonNode>> it = instance.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> member = it.next();
        JsonNode property = schema.path("properties").get(member.getKey());
        if (property != null) {
          members.computeIfAbsent(owner, k -> new TreeSet<>()).add(member.getKey());
          walk(document, owner, property, member.getValue());
          continue;
        }
        Iterator<Map.Entry<String, JsonNode>> patterns = schema.path("patternProperties").fields();
        while (patterns.hasNext()) {
          Map.Entry<String, JsonNode> p = patterns.next();
          if (Pattern.compile(p.getKey()).matcher(member.getKey()).find()) {
            members.computeIfAbsent(owner, k -> new TreeSet<>()).add(EXTENSION);
            walk(document, owner, p.getValue(), member.getValue());
          }
        }
      }
    }
    if (instance.isArray() && schema.has("items")) {
      for (JsonNode item : instance) {
        walk(document, owner, schema.get("items"), item);
      }
    }
  }

  /** Decides an if: a {"type": ...} or {"properties": {name: {"const": ...}}}. */
  private static boolean matches(JsonNode condition, JsonNode instance) {
    if (condition.has("type")) {
      switch (condition.get("type").asText()) {
        case "string":
          return instance.isTextual();
        case "integer":
          return instance.isIntegralNumber();
        default:
          throw new AssertionError("unsupported if: " + condition);
      }
    }
    Iterator<Map.Entry<String, JsonNode>> it = condition.path("properties").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> p = it.next();
      if (!p.getValue().get("const").equals(instance.get(p.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
