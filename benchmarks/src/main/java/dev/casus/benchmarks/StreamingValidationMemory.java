package dev.casus.benchmarks;

import dev.casus.core.validation.ValidationProfile;
import dev.casus.core.validation.ValidationReport;
import dev.casus.jackson.CasusJson;
import dev.casus.jackson.FeedValidator;
import dev.casus.testing.CasusGenerators;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shows that streaming validation holds one record plus an index of ids: it validates a JSON Lines
 * feed of a million incidents under {@code -Xmx256m} and prints the heap in use after each
 * collection (the live set) at its peak.
 *
 * <pre>
 * java -Xmx16g -cp benchmarks/target/benchmarks.jar dev.casus.benchmarks.StreamingValidationMemory \
 *     generate 1000000 /tmp/million.jsonl
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.casus.benchmarks.StreamingValidationMemory \
 *     validate /tmp/million.jsonl
 * </pre>
 */
public final class StreamingValidationMemory {

  private StreamingValidationMemory() {}

  /**
   * {@code generate N FILE} or {@code validate FILE}.
   *
   * @param args the arguments
   * @throws IOException if the file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("generate")) {
      generate(Integer.parseInt(args[1]), Path.of(args[2]));
    } else if (args.length == 2 && args[0].equals("validate")) {
      validate(Path.of(args[1]));
    } else {
      System.err.println("usage: generate N FILE | validate FILE");
      System.exit(2);
    }
  }

  private static void generate(int incidents, Path file) throws IOException {
    long start = System.nanoTime();
    var feed = CasusGenerators.withSeed(Workload.SEED).feed(incidents);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
        var writer = CasusJson.strict().jsonLinesWriter(out)) {
      writer.writeFeed(feed);
    }
    System.out.printf(
        "wrote %d entities (%d incidents) to %s: %d MiB in %.1f s%n",
        feed.entityCount(),
        incidents,
        file,
        Files.size(file) >> 20,
        (System.nanoTime() - start) / 1e9);
  }

  private static void validate(Path file) throws IOException {
    long start = System.nanoTime();
    ValidationReport report;
    try (InputStream in = Files.newInputStream(file)) {
      report = FeedValidator.create(ValidationProfile.strict()).validateJsonLines(in);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long liveAfterGc = 0;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        MemoryUsage afterGc = pool.getCollectionUsage();
        if (afterGc != null) {
          liveAfterGc += afterGc.getUsed();
        }
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "validated %s: %s%n  %.1f s, %.0f records/s; max heap %d MiB; peak heap used %d MiB;"
            + " heap in use after the last collection %d MiB%n",
        file,
        report.summary(),
        seconds,
        report.recordsRead() / seconds,
        Runtime.getRuntime().maxMemory() >> 20,
        peak >> 20,
        liveAfterGc >> 20);
  }
}
