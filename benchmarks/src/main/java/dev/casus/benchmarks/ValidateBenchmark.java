package dev.casus.benchmarks;

import dev.casus.core.validation.ModelValidator;
import dev.casus.core.validation.ValidationProfile;
import dev.casus.core.validation.ValidationReport;
import dev.casus.jackson.FeedValidator;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation: a document read and validated in one pass (compare with {@link
 * ReadBenchmark#pojoRead()}), a feed already in memory, and a JSON Lines stream.
 *
 * <p>Each fork runs with a fixed, pre-touched 4 GiB heap: with a growing heap the first touch of
 * new memory shows up as page faults in the thread reading 100 000 incidents (its CPU time per
 * operation tripled on one run out of two).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(value = 3, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 10, time = 5)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidateBenchmark {

  /** Incidents in the feed. */
  @Param({"1000", "100000"})
  public int incidents;

  private Workload workload = Workload.of(1);
  private final FeedValidator validator = FeedValidator.create(ValidationProfile.strict());

  /** Generates the workload. */
  @Setup
  public void setUp() {
    workload = Workload.of(incidents);
  }

  /**
   * Reads and validates a document: JSON-level and model-level findings.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport readAndValidate() {
    return validator.validateDocument(new ByteArrayInputStream(workload.document()));
  }

  /**
   * Validates the feed in memory: references, cycles, plausibility.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateInMemory() {
    return ModelValidator.validate(workload.feed());
  }

  /**
   * Validates the JSON Lines form, one record at a time.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateStreaming() {
    return validator.validateJsonLines(new ByteArrayInputStream(workload.jsonLines()));
  }
}
