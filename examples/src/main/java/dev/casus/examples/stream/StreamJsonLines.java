package dev.casus.examples.stream;

import dev.casus.core.entity.Entity;
import dev.casus.core.entity.EntityKind;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.Incident;
import dev.casus.jackson.CasusJson;
import dev.casus.jackson.CasusReadException;
import dev.casus.jackson.JsonLinesReader;
import dev.casus.jackson.JsonLinesRecord;
import dev.casus.jackson.JsonLinesWriter;
import dev.casus.testing.CasusGenerators;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a large generated feed as JSON Lines (one record a line) to a temporary file, then
 * streams it back one record at a time, counting records by kind in constant memory. One line is
 * deliberately truncated, the way a record cut off in transit looks: the reader reports it with
 * its line and column, skips it, and goes on with the next line.
 *
 * <pre>{@code
 * java -cp <classpath> dev.casus.examples.stream.StreamJsonLines [incidents]
 * }</pre>
 *
 * <p>The argument is the number of incidents to generate (default {@value #DEFAULT_INCIDENTS});
 * the generated feed also holds actors, territories, sources, statements and casualty reports in
 * proportion.
 */
public final class StreamJsonLines {

  /** How many incidents are generated unless an argument says otherwise. */
  public static final int DEFAULT_INCIDENTS = 100_000;

  /** The generator seed: the same seed always generates the same feed. */
  static final long SEED = 20201004L;

  /** One JSON Lines configuration, shared: instances are immutable and thread-safe. */
  private static final CasusJson JSON = CasusJson.strict();

  /** How many bad lines are printed in full; the rest are only counted. */
  private static final int BAD_LINES_SHOWN = 10;

  private StreamJsonLines() {}

  /**
   * Generates, writes, and streams back a feed.
   *
   * @param args optionally, the number of incidents (at least 1)
   * @throws IOException if the temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int incidents = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_INCIDENTS;
    if (incidents < 1) {
      throw new IllegalArgumentException(
          "the number of incidents must be at least 1, got " + incidents);
    }
    Path file = Files.createTempFile("casus-stream-", ".jsonl");
    try {
      write(incidents, file);
      read(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Generates a feed and writes it as JSON Lines, with the middle incident's line truncated. The
   * feed is only needed here; once written it can be garbage-collected.
   */
  private static void write(int incidents, Path file) throws IOException {
    Feed feed = CasusGenerators.withSeed(SEED).feed(incidents);
    System.out.printf(
        "Generated a feed of %,d entities (%,d incidents) with seed %d%n",
        feed.entityCount(), feed.incidents().size(), SEED);

    long lines;
    long corruptedLine = 0;
    // Closing the writer closes the file. The writer buffers; so does the BufferedOutputStream.
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonLinesWriter writer = JSON.jsonLinesWriter(out)) {
      writer.writeHeader(feed.header()); // the header ("type":"feed") comes first
      feed.sources().forEach(writer::write);
      feed.actors().forEach(writer::write);
      feed.territories().forEach(writer::write);
      List<Incident> all = feed.incidents();
      int broken = all.size() / 2;
      for (int i = 0; i < all.size(); i++) {
        if (i == broken) {
          // Simulate a record cut off in transit: write the first half of its line only.
          corruptedLine = writer.written() + 1; // the header and every record are one line each
          writer.flush(); // everything written so far reaches `out` before we write to it directly
          out.write(truncated(all.get(i)));
          continue;
        }
        writer.write(all.get(i));
      }
      feed.statements().forEach(writer::write);
      feed.casualtyReports().forEach(writer::write);
      lines = writer.written() + 1; // plus the truncated line
    }
    System.out.printf(
        "Wrote %,d lines (%,d bytes) to %s; line %,d is deliberately truncated%n",
        lines, Files.size(file), file, corruptedLine);
  }

  /** An incident's JSON Lines record, cut in the middle, with its line end. */
  private static byte[] truncated(Incident incident) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try (JsonLinesWriter one = JSON.jsonLinesWriter(line)) {
      one.write(incident);
    }
    byte[] whole = line.toByteArray();
    byte[] half = Arrays.copyOf(whole, whole.length / 2 + 1);
    half[half.length - 1] = '\n';
    return half;
  }

  /** Streams the file back: counts good records by kind, reports and skips bad lines. */
  private static void read(Path file) throws IOException {
    Map<EntityKind, Long> counts = new EnumMap<>(EntityKind.class);
    long[] headers = {0};
    long[] badLines = {0};
    long start = System.nanoTime();
    // The reader holds one line at a time. Every bad line goes to the handler, which may log it,
    // count it, or throw to stop; here it prints the first few and counts them all.
    try (JsonLinesReader reader =
        JSON.jsonLinesReader(
            file,
            (CasusReadException bad) -> {
              if (++badLines[0] <= BAD_LINES_SHOWN) {
                // e.g. /tmp/casus-stream-1.jsonl:180002:57: ERROR syntax (root) ...
                System.out.println("  bad line skipped: " + bad.finding());
              }
            })) {
      System.out.println("Reading it back, one record at a time:");
      while (reader.hasNext()) {
        JsonLinesRecord record = reader.next();
        if (record.header().isPresent()) {
          headers[0]++;
        }
        record
            .entity()
            .map(Entity::entityKind)
            .ifPresent(kind -> counts.merge(kind, 1L, Long::sum));
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;

    System.out.printf("  %-16s %,9d%n", "feed header", headers[0]);
    for (EntityKind kind : EntityKind.values()) {
      System.out.printf("  %-16s %,9d%n", kind.wireName(), counts.getOrDefault(kind, 0L));
    }
    long good = headers[0] + counts.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(
        "Read %,d good records and skipped %,d bad line%s in %,d ms.%n",
        good, badLines[0], badLines[0] == 1 ? "" : "s", millis);
  }
}
