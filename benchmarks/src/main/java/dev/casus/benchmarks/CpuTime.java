package dev.casus.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Measures the CPU time one benchmark operation costs its thread, for comparing two builds on a
 * machine that other work shares. JMH's throughput is wall-clock time, which on a loaded two-core
 * machine swings by a factor of two as other processes come and go; the thread's CPU time swings
 * by a few percent (caches and memory bandwidth are still shared). Garbage collection runs on other
 * threads and is not counted: compare allocation with JMH's {@code -prof gc}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.casus.benchmarks.CpuTime casusRead 1000
 * java -cp benchmarks/target/benchmarks.jar dev.casus.benchmarks.CpuTime readAndValidate 100000 60 5 4
 * </pre>
 *
 * <p>Arguments: the benchmark method ({@code casusRead}, {@code pojoRead}, {@code tokenLoop},
 * {@code casusWrite}, {@code casusWriteBuilt}, {@code pojoWrite}, {@code readAndValidate}, {@code
 * validateInMemory}, {@code validateStreaming}), the number of incidents, and optionally the
 * warm-up in seconds (20), the rounds (7) and the CPU seconds a round (2). Prints the median,
 * minimum and maximum of the rounds' CPU milliseconds per operation.
 */
public final class CpuTime {

  private CpuTime() {}

  /**
   * Runs the measurement.
   *
   * @param args benchmark, incidents, [warm-up seconds, rounds, seconds a round]
   * @throws Exception if the benchmark fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: CpuTime BENCHMARK INCIDENTS [WARMUP_S ROUNDS ROUND_S]");
      System.exit(2);
    }
    String name = args[0];
    int incidents = Integer.parseInt(args[1]);
    double warmUp = args.length > 2 ? Double.parseDouble(args[2]) : 20;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;
    double roundSeconds = args.length > 4 ? Double.parseDouble(args[4]) : 2;
    Callable<Object> op = operation(name, incidents);

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long warmUpEnd = System.nanoTime() + (long) (warmUp * 1e9);
    Object sink = null;
    while (System.nanoTime() < warmUpEnd) {
      sink = op.call();
    }
    double[] millis = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long ops = 0;
      while (threads.getCurrentThreadCpuTime() - cpu0 < roundSeconds * 1e9) {
        sink = op.call();
        ops++;
      }
      millis[r] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / ops;
    }
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    StringBuilder all = new StringBuilder();
    for (double m : millis) {
      all.append(String.format(Locale.ROOT, " %.3f", m));
    }
    System.out.printf(
        Locale.ROOT,
        "%s incidents=%d: CPU ms/op median %.3f (min %.3f, max %.3f; rounds:%s)%s%n",
        name,
        incidents,
        sorted[rounds / 2],
        sorted[0],
        sorted[rounds - 1],
        all,
        sink == null ? " (no result)" : "");
  }

  private static Callable<Object> operation(String name, int incidents) throws Exception {
    switch (name) {
      case "casusRead":
      case "pojoRead":
      case "tokenLoop":
        ReadBenchmark read = new ReadBenchmark();
        read.incidents = incidents;
        read.setUp();
        return name.equals("casusRead")
            ? read::casusRead
            : name.equals("pojoRead") ? read::pojoRead : read::tokenLoop;
      case "casusWrite":
      case "casusWriteBuilt":
      case "pojoWrite":
        WriteBenchmark write = new WriteBenchmark();
        write.incidents = incidents;
        write.setUp();
        return name.equals("casusWrite")
            ? write::casusWrite
            : name.equals("casusWriteBuilt") ? write::casusWriteBuilt : write::pojoWrite;
      case "readAndValidate":
      case "validateInMemory":
      case "validateStreaming":
        ValidateBenchmark validate = new ValidateBenchmark();
        validate.incidents = incidents;
        validate.setUp();
        return name.equals("readAndValidate")
            ? validate::readAndValidate
            : name.equals("validateInMemory")
                ? validate::validateInMemory
                : validate::validateStreaming;
      default:
        throw new IllegalArgumentException("unknown benchmark: " + name);
    }
  }
}
