package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.casus.core.feed.Feed;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code read(write(x)).equals(x)} for hand-built values of every type, on every path. */
class RoundTripTest extends CasusJsonTestBase {

  static Stream<Object> everyType() {
    return Fixtures.everyType().stream();
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void casusJsonRoundTripsEveryType(Object value) {
    String text = json.writeValue(value);
    assertEquals(value, json.readValue(text, modelType(value)), text);
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void prettyRoundTripsEveryType(Object value) {
    CasusJson pretty = CasusJson.builder().pretty(true).build();
    String text = pretty.writeValue(value);
    assertEquals(value, pretty.readValue(text, modelType(value)), text);
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void mapperRoundTripsEveryTypeAndWritesTheSameBytes(Object value) throws Exception {
    ObjectMapper mapper = json.mapper();
    String text = mapper.writeValueAsString(value);
    assertEquals(json.writeValue(value), text);
    assertEquals(value, mapper.readValue(text, modelType(value)), text);
  }

  @Test
  void feedRoundTripsCompactAndPretty() {
    Feed feed = Fixtures.feed();
    assertEquals(feed, json.readFeed(json.writeFeed(feed)));
    assertEquals(feed, json.readFeed(json.writePretty(feed)));
    assertEquals(feed, json.readFeed(json.writeFeedBytes(feed)));
    assertEquals(Fixtures.emptyFeed(), json.readFeed(json.writeFeed(Fixtures.emptyFeed())));
  }

  /** The public model type of a value (ImmutableX -> X). */
  static Class<?> modelType(Object value) {
    Class<?> c = value.getClass();
    return c.getSimpleName().startsWith("Immutable") ? c.getSuperclass() : c;
  }
}
