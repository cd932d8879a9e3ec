package dev.casus.jackson.property;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.casus.jackson.CasusJson;
import dev.casus.testing.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of every model type over generated values: reading what was written gives the value
 * back, writing is canonical (a second write gives the same bytes), the pretty form reads back
 * equal, and a plain Jackson {@link ObjectMapper} with the Casus module reads the Casus output
 * and writes the same bytes.
 */
class ValuePropertiesTest {

  private static final CasusJson JSON = CasusJson.strict();
  private static final CasusJson PRETTY = CasusJson.builder().pretty(true).build();
  private static final ObjectMapper MAPPER = JSON.mapper();

  static List<GeneratedValue> types() {
    return GeneratedValue.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void readOfWriteIsTheValue(GeneratedValue type) {
    Property.forAll(
        type.name() + " read(write(x)) == x",
        type.generator(),
        x -> {
          String text = JSON.writeValue(x);
          assertEquals(x, JSON.readValue(text, type.type()), text);
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void writingIsCanonical(GeneratedValue type) {
    Property.forAll(
        type.name() + " write(read(write(x))) == write(x)",
        type.generator(),
        x -> {
          String text = JSON.writeValue(x);
          assertEquals(text, JSON.writeValue(JSON.readValue(text, type.type())));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void prettyOutputReadsBackEqual(GeneratedValue type) {
    Property.forAll(
        type.name() + " read(pretty(x)) == x",
        type.generator(),
        x -> {
          String text = PRETTY.writeValue(x);
          Object back = JSON.readValue(text, type.type());
          assertEquals(x, back, text);
          assertEquals(text, PRETTY.writeValue(back));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void mapperReadsWhatCasusJsonWrites(GeneratedValue type) {
    Property.forAll(
        type.name() + " mapper.readValue(writeValue(x)) == x",
        type.generator(),
        x -> {
          String text = JSON.writeValue(x);
          try {
            assertEquals(x, MAPPER.readValue(text, type.type()), text);
            // the mapper's UTF-8 output is the Casus bytes; writeValueAsString goes through a
            // character writer, which keeps characters beyond U+FFFF unescaped (same JSON value)
            assertEquals(text, new String(MAPPER.writeValueAsBytes(x), StandardCharsets.UTF_8));
            assertEquals(x, MAPPER.readValue(MAPPER.writeValueAsString(x), type.type()));
          } catch (IOException e) {
            throw new UncheckedIOException(text, e);
          }
        });
  }
}
