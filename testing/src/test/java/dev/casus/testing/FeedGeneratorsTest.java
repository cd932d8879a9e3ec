package dev.casus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.entity.Entity;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.FeedHeader;
import dev.casus.core.feed.ImmutableFeed;
import dev.casus.core.feed.ImmutableFeedHeader;
import dev.casus.core.validation.ModelValidator;
import dev.casus.core.validation.ValidationReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeedGeneratorsTest {

  /** LARGE feeds take tens of milliseconds each; fewer tries keep the suite fast. */
  private static int tries(FeedSize size) {
    return switch (size) {
      case TINY, SMALL -> 200;
      case MEDIUM -> 40;
      case LARGE -> 4;
    };
  }

  private static void assertNoFindings(Feed feed) {
    ValidationReport report = ModelValidator.validate(feed);
    assertTrue(
        report.findings().isEmpty(),
        () ->
            report.summary()
                + "\n"
                + report.findings().stream()
                    .limit(10)
                    .map(Object::toString)
                    .collect(java.util.stream.Collectors.joining("\n")));
  }

  @ParameterizedTest
  @EnumSource(FeedSize.class)
  void generatedFeedsHaveNoFindings(FeedSize size) {
    Property.forAll(
        "feed(" + size + ") has no findings",
        tries(size),
        g -> g.feed(size),
        FeedGeneratorsTest::assertNoFindings);
  }

  @ParameterizedTest
  @EnumSource(FeedSize.class)
  void lookupsFindEveryEntity(FeedSize size) {
    Property.forAll(
        "feed(" + size + ") lookups find every entity",
        tries(size),
        g -> g.feed(size),
        feed -> {
          feed.sources().forEach(e -> assertSame(e, feed.source(e.id()).orElseThrow()));
          feed.actors().forEach(e -> assertSame(e, feed.actor(e.id()).orElseThrow()));
          feed.territories().forEach(e -> assertSame(e, feed.territory(e.id()).orElseThrow()));
          feed.incidents().forEach(e -> assertSame(e, feed.incident(e.id()).orElseThrow()));
          feed.statements().forEach(e -> assertSame(e, feed.statement(e.id()).orElseThrow()));
          feed.casualtyReports()
              .forEach(e -> assertSame(e, feed.casualtyReport(e.id()).orElseThrow()));
          for (Entity e : all(feed)) {
            assertTrue(feed.contains(e.id()), () -> "contains(" + e.id() + ")");
          }
        });
  }

  @ParameterizedTest
  @EnumSource(FeedSize.class)
  void feedsSurviveCopyAndRebuild(FeedSize size) {
    Property.forAll(
        "feed(" + size + ") equals its copy",
        Math.min(tries(size), 40),
        g -> g.feed(size),
        feed -> {
          Feed copy = ImmutableFeed.copyOf(feed);
          assertEquals(feed, copy);
          assertEquals(feed.hashCode(), copy.hashCode());
          Feed rebuilt = Feed.builder().from(feed).build();
          assertEquals(feed, rebuilt);
          FeedHeader header = feed.header();
          assertEquals(header, ImmutableFeedHeader.copyOf(header));
        });
  }

  @Test
  void sizesGrow() {
    CasusGenerators g = CasusGenerators.withSeed(7);
    int tinyMax = 0;
    boolean tinyEmpty = false;
    for (int i = 0; i < 100; i++) {
      int n = g.feed(FeedSize.TINY).entityCount();
      tinyMax = Math.max(tinyMax, n);
      tinyEmpty |= n == 0;
    }
    assertTrue(tinyEmpty, "some TINY feeds are empty");
    assertTrue(tinyMax <= 12, "TINY feeds stay tiny: " + tinyMax);
    int small = g.feed(FeedSize.SMALL).entityCount();
    int medium = g.feed(FeedSize.MEDIUM).entityCount();
    int large = g.feed(FeedSize.LARGE).entityCount();
    assertTrue(small >= 2 && small < 100, "SMALL: " + small);
    assertTrue(medium >= 100 && medium < 1000, "MEDIUM: " + medium);
    assertTrue(large >= 1000, "LARGE holds thousands of entities: " + large);
  }

  @Test
  void feedsAreCreatedAfterEveryDate() {
    Property.forAll(
        "feed createdAt is late",
        50,
        g -> g.feed(FeedSize.SMALL),
        feed -> assertFalse(feed.createdAt().isBefore(Instant.parse("2100-01-01T00:00:00Z"))));
  }

  @Test
  void benchmarkFeedsHaveProportionalCountsAndNoFindings() {
    Feed feed = CasusGenerators.withSeed(3).feed(1000);
    assertEquals(1000, feed.incidents().size());
    assertEquals(100, feed.actors().size());
    assertEquals(100, feed.territories().size());
    assertEquals(100, feed.sources().size());
    assertEquals(500, feed.statements().size());
    assertEquals(500, feed.casualtyReports().size());
    assertNoFindings(feed);
    assertEquals(0, CasusGenerators.withSeed(3).feed(0).entityCount());
    Feed one = CasusGenerators.withSeed(3).feed(1);
    assertEquals(6, one.entityCount());
    assertNoFindings(one);
    assertThrows(IllegalArgumentException.class, () -> CasusGenerators.withSeed(3).feed(-1));
  }

  @Test
  void benchmarkFeedOfHundredThousandIncidentsBuildsInSeconds() {
    long start = System.nanoTime();
    Feed feed = CasusGenerators.withSeed(5).feed(100_000);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("feed(100000): " + feed.entityCount() + " entities in " + millis + " ms");
    assertEquals(100_000, feed.incidents().size());
    // generous: a loaded 2-core build machine is slow, but minutes would be a regression
    assertTrue(millis < 30_000, "feed(100000) took " + millis + " ms");
  }

  private static List<Entity> all(Feed feed) {
    List<Entity> all = new ArrayList<>();
    all.addAll(feed.sources());
    all.addAll(feed.actors());
    all.addAll(feed.territories());
    all.addAll(feed.incidents());
    all.addAll(feed.statements());
    all.addAll(feed.casualtyReports());
    return all;
  }
}
