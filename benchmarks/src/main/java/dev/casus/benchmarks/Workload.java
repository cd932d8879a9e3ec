package dev.casus.benchmarks;

import dev.casus.core.feed.Feed;
import dev.casus.jackson.CasusJson;
import dev.casus.testing.CasusGenerators;
import java.io.ByteArrayOutputStream;

/**
 * The benchmark workload: a feed of N incidents with their actors, territories, statements,
 * casualty reports and sources, drawn from the {@code testing} generators with a fixed seed, and
 * its bytes as one document and as JSON Lines.
 */
public final class Workload {

  /** The seed of every workload: the day of the strikes on Ganja. */
  public static final long SEED = 20201004L;

  private final Feed feed;
  private final byte[] document;
  private final byte[] jsonLines;

  private Workload(Feed feed, byte[] document, byte[] jsonLines) {
    this.feed = feed;
    this.document = document;
    this.jsonLines = jsonLines;
  }

  /**
   * Generates the workload of {@code incidents} incidents.
   *
   * @param incidents how many incidents
   * @return the workload
   */
  public static Workload of(int incidents) {
    Feed feed = CasusGenerators.withSeed(SEED).feed(incidents);
    CasusJson json = CasusJson.strict();
    byte[] document = json.writeFeedBytes(feed);
    ByteArrayOutputStream lines = new ByteArrayOutputStream(document.length + document.length / 8);
    try (var writer = json.jsonLinesWriter(lines)) {
      writer.writeFeed(feed);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new Workload(feed, document, lines.toByteArray());
  }

  /**
   * The feed in memory.
   *
   * @return the feed
   */
  public Feed feed() {
    return feed;
  }

  /**
   * The feed as one JSON document.
   *
   * @return the bytes (do not modify)
   */
  public byte[] document() {
    return document;
  }

  /**
   * The feed as JSON Lines: a header line, then one entity a line.
   *
   * @return the bytes (do not modify)
   */
  public byte[] jsonLines() {
    return jsonLines;
  }
}
