package dev.casus.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.casus.core.validation.ValidationProfile;
import dev.casus.core.validation.ValidationReport;
import dev.casus.jackson.CasusJson;
import dev.casus.jackson.FeedValidator;
import dev.casus.testing.CasusGenerators;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Shows that streaming validation holds one record plus an index of ids: it validates a JSON Lines
 * feed of a million incidents under {@code -Xmx256m} and prints the largest heap in use right
 * after a collection (an upper bound of the live set: G1 leaves some garbage in the old
 * generation), overall and per tenth of the file, so that growth shows.
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
    long size = Files.size(file);
    AtomicLong bytesRead = new AtomicLong();
    // per tenth of the file read: the largest heap in use right after a collection
    long[] afterGcByTenth = new long[10];
    AtomicLong collections = new AtomicLong();
    AtomicLong pauseMillis = new AtomicLong();
    NotificationListener listener =
        (notification, handback) -> {
          if (!notification
              .getType()
              .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
          }
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = 0;
          for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += u.getUsed();
          }
          int tenth = (int) Math.min(9, bytesRead.get() * 10 / Math.max(1, size));
          synchronized (afterGcByTenth) {
            afterGcByTenth[tenth] = Math.max(afterGcByTenth[tenth], used);
          }
          collections.incrementAndGet();
          pauseMillis.addAndGet(info.getGcInfo().getDuration());
        };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
    }
    // the live heap exactly: a full collection each time another tenth of the file has been read
    long[] liveByTenth = new long[11];
    Runnable atTenth =
        () -> {
          int tenth = (int) Math.min(10, bytesRead.get() * 10 / Math.max(1, size));
          if (tenth > 0 && liveByTenth[tenth] == 0) {
            System.gc();
            liveByTenth[tenth] = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
          }
        };
    long start = System.nanoTime();
    ValidationReport report;
    try (InputStream in =
        new CountingInputStream(Files.newInputStream(file), bytesRead, size / 10, atTenth)) {
      report = FeedValidator.create(ValidationProfile.strict()).validateJsonLines(in);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    StringBuilder tenths = new StringBuilder();
    synchronized (afterGcByTenth) {
      for (int t = 0; t < 10; t++) {
        peak = Math.max(peak, afterGcByTenth[t]);
        tenths.append(t == 0 ? "" : " ").append(afterGcByTenth[t] >> 20);
      }
    }
    StringBuilder live = new StringBuilder();
    for (int t = 1; t <= 10; t++) {
      live.append(t == 1 ? "" : " ").append(String.format("%.1f", liveByTenth[t] / 1048576.0));
    }
    long growth = liveByTenth[10] - liveByTenth[1];
    System.out.printf(
        "validated %s (%d MiB): %s%n"
            + "  %.1f s, %.0f records/s; max heap %d MiB; %d collections (%d ms in total)%n"
            + "  heap in use after a collection, at most: %d MiB (%.0f bytes a record)%n"
            + "  the same per tenth of the file (MiB): %s%n"
            + "  live heap after a full collection at each tenth (MiB): %s%n"
            + "  growth from the first to the last tenth: %.1f bytes a record (the index of ids)%n",
        file,
        size >> 20,
        report.summary(),
        seconds,
        report.recordsRead() / seconds,
        Runtime.getRuntime().maxMemory() >> 20,
        collections.get(),
        pauseMillis.get(),
        peak >> 20,
        (double) peak / Math.max(1, report.recordsRead()),
        tenths,
        live,
        growth / (report.recordsRead() * 0.9));
  }

  /** Counts the bytes read, so that heap use can be told per part of the file. */
  private static final class CountingInputStream extends FilterInputStream {
    private final AtomicLong count;
    private final long step;
    private final Runnable atStep;
    private long next;

    CountingInputStream(InputStream in, AtomicLong count, long step, Runnable atStep) {
      super(in);
      this.count = count;
      this.step = Math.max(1, step);
      this.atStep = atStep;
      this.next = this.step;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      } else {
        atStep.run();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        counted(n);
      } else if (n < 0) {
        atStep.run(); // the end: the last tenth
      }
      return n;
    }

    private void counted(int n) {
      if (count.addAndGet(n) >= next) {
        next += step;
        atStep.run();
      }
    }
  }
}
