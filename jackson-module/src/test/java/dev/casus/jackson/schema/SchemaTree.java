package dev.casus.jackson.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two schema documents as trees, with {@code $ref} resolution and a walk over subschemas. */
final class SchemaTree {

  static final JsonNode FEED = CasusSchemas.schemaDocument("casus-feed.schema.json");
  static final JsonNode RECORD = CasusSchemas.schemaDocument("casus-record.schema.json");

  private static final Pattern DEF = Pattern.compile("/\\$defs/([^/]+)");

  /** A resolved reference: the document it points into, the JSON Pointer, and the subschema. */
  record Target(JsonNode document, String pointer, JsonNode schema) {

    /** The {@code $defs} name if the pointer names a whole definition, else null. */
    String definition() {
      Matcher m = DEF.matcher(pointer);
      return m.matches() ? m.group(1) : null;
    }
  }

  private SchemaTree() {}

  /**
   * Resolves a {@code $ref} value found in {@code document}.
   *
   * @throws AssertionError if it points outside the two Casus schemas or at nothing
   */
  static Target resolve(JsonNode document, String ref) {
    int hash = ref.indexOf('#');
    String iri = hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "" : ref.substring(hash + 1);
    JsonNode target;
    if (iri.isEmpty()) {
      target = document;
    } else if (iri.equals(CasusSchemas.FEED_ID)) {
      target = FEED;
    } else if (iri.equals(CasusSchemas.RECORD_ID)) {
      target = RECORD;
    } else {
      throw new AssertionError("$ref outside the Casus schemas: " + ref);
    }
    JsonNode schema = target.at(pointer);
    if (schema.isMissingNode()) {
      throw new AssertionError("$ref points at nothing: " + ref);
    }
    return new Target(target, pointer, schema);
  }

  /** The keywords whose values are a subschema. */
  static final String[] SINGLE = {"items", "not", "if", "then", "else", "contains",
      "additionalProperties", "propertyNames", "unevaluatedProperties", "unevaluatedItems"};

  /** The keywords whose values are an array of subschemas. */
  static final String[] LISTS = {"allOf", "anyOf", "oneOf", "prefixItems"};

  /** The keywords whose values are a map of name to subschema. */
  static final String[] MAPS = {"$defs", "properties", "patternProperties", "dependentSchemas"};

  /**
   * Calls {@code visitor} with (JSON Pointer, schema object) for {@code schema} and every subschema
   * object below it, in document order.
   */
  static void forEachSchema(String pointer, JsonNode schema, BiConsumer<String, JsonNode> visitor) {
    if (!schema.isObject()) {
      return;
    }
    visitor.accept(pointer, schema);
    for (String keyword : SINGLE) {
      if (schema.has(keyword)) {
        forEachSchema(pointer + "/" + keyword, schema.get(keyword), visitor);
      }
    }
    for (String keyword : LISTS) {
      if (schema.has(keyword)) {
        for (int i = 0; i < schema.get(keyword).size(); i++) {
          forEachSchema(pointer + "/" + keyword + "/" + i, schema.get(keyword).get(i), visitor);
        }
      }
    }
    for (String keyword : MAPS) {
      if (schema.has(keyword)) {
        Iterator<Map.Entry<String, JsonNode>> it = schema.get(keyword).fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          forEachSchema(pointer + "/" + keyword + "/" + escape(e.getKey()), e.getValue(), visitor);
        }
      }
    }
  }

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
