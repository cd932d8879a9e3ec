package dev.casus.jackson.property;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.casus.core.entity.Entity;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.FeedHeader;
import dev.casus.jackson.CasusJson;
import dev.casus.jackson.CasusReadException;
import dev.casus.jackson.JsonLinesReader;
import dev.casus.jackson.JsonLinesRecord;
import dev.casus.jackson.JsonLinesWriter;
import dev.casus.testing.FeedSize;
import dev.casus.testing.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Properties of generated feeds of every {@link FeedSize}: documents round-trip and are
 * canonical, the pretty form reads back equal, JSON Lines keep every entity in order, and a plain
 * Jackson {@link ObjectMapper} reads the documents. Medium and large feeds run fewer tries (see
 * {@link Tries}).
 */
class FeedPropertiesTest {

  private static final CasusJson JSON = CasusJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();

  @ParameterizedTest
  @EnumSource(FeedSize.class)
  void readOfWriteIsTheFeed(FeedSize size) {
    Property.forAll(
        size + " feed read(write(x)) == x",
        Tries.roundTrip(size),
        g -> g.feed(size),
        feed -> {
          assertEquals(feed, JSON.readFeed(JSON.writeFeed(feed)));
          assertEquals(feed, JSON.readFeed(JSON.writeFeedBytes(feed)));
        });
  }

  @ParameterizedTest
  @EnumSource(FeedSize.class)
  void writingIsCanonical(FeedSize size) {
    Property.forAll(
        size + " feed write(read(write(x))) == write(x), byte for byte",
        Tries.roundTrip(size),
        g -> g.feed(size),
        feed -> {
          byte[] bytes = JSON.writeFeedBytes(feed);
          assertArrayEquals(bytes, JSON.writeFeedBytes(JSON.readFeed(bytes)));
        });
  }

  @ParameterizedTest
  @EnumSource(FeedSize.class)
  void prettyOutputReadsBackEqual(FeedSize size) {
    Property.forAll(
        size + " feed read(pretty(x)) == x",
        Tries.roundTrip(size),
        g -> g.feed(size),
        feed -> {
          String pretty = JSON.writePretty(feed);
          Feed back = JSON.readFeed(pretty);
          assertEquals(feed, back);
          assertEquals(pretty, JSON.writePretty(back));
        });
  }

  @ParameterizedTest
  @EnumSource(FeedSize.class)
  void jsonLinesKeepEveryEntityInOrder(FeedSize size) {
    Property.forAll(
        size + " feed JSON Lines write/read keeps header and entities in order",
        Tries.roundTrip(size),
        g -> g.feed(size),
        feed -> {
          List<CasusReadException> bad = new ArrayList<>();
          List<JsonLinesRecord> records = readLines(jsonLines(feed), bad);

          assertEquals(List.of(), bad, "bad lines");
          assertEquals(Optional.of(feed.header()), records.get(0).header());
          List<Entity> read = new ArrayList<>();
          for (int i = 1; i < records.size(); i++) {
            assertEquals(i + 1, records.get(i).line());
            read.add(records.get(i).entity().orElseThrow());
          }
          assertEquals(entitiesInFeedOrder(feed), read);
          assertTrue(size != FeedSize.LARGE || read.size() > 800, "a large feed is large");
        });
  }

  @ParameterizedTest
  @EnumSource(FeedSize.class)
  void mapperReadsTheFeedAndItsHeader(FeedSize size) {
    Property.forAll(
        size + " feed mapper.readValue(writeValue(x), Feed.class) == x",
        Tries.roundTrip(size),
        g -> g.feed(size),
        feed -> {
          try {
            assertEquals(feed, MAPPER.readValue(JSON.writeValue(feed), Feed.class));
            FeedHeader header = feed.header();
            assertEquals(header, MAPPER.readValue(JSON.writeValue(header), FeedHeader.class));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The feed as JSON Lines: the header, then every entity. */
  static byte[] jsonLines(Feed feed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter w = JSON.jsonLinesWriter(out)) {
      w.writeFeed(feed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Every good record of a JSON Lines stream; bad lines go to {@code bad}. */
  static List<JsonLinesRecord> readLines(byte[] lines, List<CasusReadException> bad) {
    try (JsonLinesReader r = JSON.jsonLinesReader(new ByteArrayInputStream(lines), bad::add)) {
      List<JsonLinesRecord> records = new ArrayList<>();
      r.forEachRemaining(records::add);
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The feed's entities in the order a JSON Lines writer writes them. */
  static List<Entity> entitiesInFeedOrder(Feed feed) {
    return Stream.of(
            feed.sources(),
            feed.actors(),
            feed.territories(),
            feed.incidents(),
            feed.statements(),
            feed.casualtyReports())
        .flatMap(List::stream)
        .map(Entity.class::cast)
        .toList();
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
