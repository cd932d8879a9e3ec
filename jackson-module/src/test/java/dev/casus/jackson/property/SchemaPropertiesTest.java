package dev.casus.jackson.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import dev.casus.jackson.CasusJson;
import dev.casus.jackson.schema.CasusSchemas;
import dev.casus.testing.FeedSize;
import dev.casus.testing.Property;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the writers produce for generated data validates against the published JSON Schema: every
 * feed document against {@code casus-feed.schema.json}, every JSON Lines line against {@code
 * casus-record.schema.json}, and every value against its {@code $defs} entry. Large feeds are
 * validated once per run, medium ones a few times (see {@link Tries}).
 */
class SchemaPropertiesTest {

  private static final CasusJson JSON = CasusJson.strict();

  /** Generated types without a {@code $defs} entry of their own. */
  private static final Set<String> NO_DEFINITION = Set.of("FeedHeader", "EntityKind");

  @ParameterizedTest
  @EnumSource(FeedSize.class)
  void everyFeedDocumentValidates(FeedSize size) {
    Property.forAll(
        size + " feed documents validate against the feed schema",
        Tries.schema(size),
        g -> g.feed(size),
        feed -> {
          String text = JSON.writeFeed(feed);
          List<Error> errors = CasusSchemas.feed().validate(CasusSchemas.json(text));
          assertEquals(List.of(), errors, CasusSchemas.describe(errors));
        });
  }

  @ParameterizedTest
  @EnumSource(FeedSize.class)
  void everyJsonLinesRecordValidates(FeedSize size) {
    Property.forAll(
        size + " feed JSON Lines records validate against the record schema",
        Tries.schema(size),
        g -> g.feed(size),
        feed -> {
          String[] lines = FeedPropertiesTest.utf8(FeedPropertiesTest.jsonLines(feed)).split("\n");
          assertEquals(1 + FeedPropertiesTest.entitiesInFeedOrder(feed).size(), lines.length);
          for (int i = 0; i < lines.length; i++) {
            List<Error> errors = CasusSchemas.record().validate(CasusSchemas.json(lines[i]));
            assertEquals(List.of(), errors, "line " + (i + 1) + CasusSchemas.describe(errors));
          }
        });
  }

  static List<GeneratedValue> typesWithADefinition() {
    return GeneratedValue.all().stream().filter(t -> !NO_DEFINITION.contains(t.name())).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typesWithADefinition")
  void everyValueValidatesAgainstItsDefinition(GeneratedValue type) {
    String definition = type.name().startsWith("Edtf") ? "Edtf" : type.name();
    Property.forAll(
        type.name() + " values validate against $defs/" + definition,
        type.generator(),
        x -> {
          String text = JSON.writeValue(x);
          List<Error> errors =
              CasusSchemas.feedDefinition(definition).validate(CasusSchemas.json(text));
          assertEquals(List.of(), errors, text + CasusSchemas.describe(errors));
        });
  }

  @AfterAll
  static void nothingWasFetchedFromTheNetwork() {
    assertEquals(List.of(), CasusSchemas.remoteFetches());
    assertFalse(typesWithADefinition().isEmpty());
  }
}
