package dev.casus.jackson.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressionFactory;
import com.networknt.schema.resource.InputStreamSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Loads the published Casus schemas from the test classpath (where Maven copies {@code schema/} as
 * {@code dev/casus/jackson/schema/}) through a networknt registry that maps the schemas' {@code $id}
 * prefix to the classpath and never touches the network: any IRI that is neither a Casus schema nor
 * a bundled JSON Schema meta-schema is recorded in {@link #remoteFetches()} and refused.
 */
public final class CasusSchemas {

  /** The {@code $id} of the feed document schema. */
  static final String FEED_ID = "https://casus.dev/schema/1.0/casus-feed.schema.json";

  /** The {@code $id} of the JSON Lines record schema. */
  static final String RECORD_ID = "https://casus.dev/schema/1.0/casus-record.schema.json";

  /** Where the schemas live on the classpath (and in the casus-jackson jar). */
  static final String CLASSPATH_DIR = "dev/casus/jackson/schema/";

  /** The prefix of every Casus schema {@code $id}. */
  private static final String ID_PREFIX = "https://casus.dev/schema/1.0/";

  static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The regular expression engine the tests validate with: java.util.regex, through networknt's
   * adapter (which reads {@code $} as end of input, as ECMA-262 does). The schemas use only the
   * subset of syntax on which it and ECMA-262 agree (see SchemaDocumentTest), and were also checked
   * with an ECMA-262 engine by hand.
   */
  static final RegularExpressionFactory REGEX = JDKRegularExpressionFactory.getInstance();

  private static final List<String> REMOTE_FETCHES = Collections.synchronizedList(new ArrayList<>());

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder()
                          .pathType(PathType.JSON_POINTER)
                          .regularExpressionFactory(REGEX)
                          .build())
                  .schemaIdResolvers(
                      resolvers -> resolvers.mapPrefix(ID_PREFIX, "classpath:" + CLASSPATH_DIR))
                  .resourceLoaders(loaders -> loaders.values(list -> {
                    list.clear();
                    list.add(CasusSchemas::refuse);
                  })));

  private static final Schema FEED = REGISTRY.getSchema(SchemaLocation.of(FEED_ID));
  private static final Schema RECORD = REGISTRY.getSchema(SchemaLocation.of(RECORD_ID));

  private CasusSchemas() {}

  private static InputStreamSource refuse(AbsoluteIri iri) {
    REMOTE_FETCHES.add(iri.toString());
    throw new AssertionError("the schema tests must not fetch " + iri);
  }

  /** Every IRI the registry tried to load from outside the classpath (must stay empty). */
  public static List<String> remoteFetches() {
    synchronized (REMOTE_FETCHES) {
      return List.copyOf(REMOTE_FETCHES);
    }
  }

  static SchemaRegistry registry() {
    return REGISTRY;
  }

  public static Schema feed() {
    return FEED;
  }

  public static Schema record() {
    return RECORD;
  }

  /** The schema at {@code FEED_ID#/$defs/<name>}, e.g. {@code "Id"} or {@code "Edtf"}. */
  public static Schema feedDefinition(String name) {
    return REGISTRY.getSchema(SchemaLocation.of(FEED_ID + "#/$defs/" + name));
  }

  /** Whether {@code value} matches the {@code pattern} of {@code FEED_ID#/$defs/<definition>}. */
  static boolean matchesPattern(String definition, String value) {
    String pattern = SchemaTree.FEED.at("/$defs/" + definition + "/pattern").asText();
    if (pattern.isEmpty()) {
      throw new AssertionError("no pattern in " + definition);
    }
    return REGEX.getRegularExpression(pattern).matches(value);
  }

  /** Whether the whole definition {@code FEED_ID#/$defs/<definition>} accepts {@code instance}. */
  static boolean accepts(String definition, JsonNode instance) {
    return feedDefinition(definition).validate(instance).isEmpty();
  }

  /** A test resource under {@code dev/casus/jackson/schema/}, as text. */
  static String resource(String relativePath) {
    String path = CLASSPATH_DIR + relativePath;
    try (InputStream in = CasusSchemas.class.getClassLoader().getResourceAsStream(path)) {
      Objects.requireNonNull(in, () -> "no resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The raw schema document (e.g. {@code casus-feed.schema.json}) as a tree. */
  static JsonNode schemaDocument(String fileName) {
    return json(resource(fileName));
  }

  /**
   * The JSON Pointer of a schema error, in the catalogue's convention (see {@link
   * InvalidDocuments}): the instance location, except that an unknown member is reported at the
   * member itself, where networknt reports the object holding it and names the member apart.
   */
  public static String pointer(Error error) {
    String location = error.getInstanceLocation().toString();
    if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
      return location + "/" + error.getProperty().replace("~", "~0").replace("/", "~1");
    }
    return location;
  }

  public static String describe(List<Error> errors) {
    StringBuilder s = new StringBuilder();
    for (Error e : errors) {
      s.append("\n  ")
          .append(pointer(e))
          .append(" [")
          .append(e.getKeyword())
          .append(" at ")
          .append(e.getEvaluationPath())
          .append("] ")
          .append(e.getMessage());
    }
    return s.toString();
  }
}
