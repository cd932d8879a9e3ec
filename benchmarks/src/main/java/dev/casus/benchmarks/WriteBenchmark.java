package dev.casus.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.casus.benchmarks.pojo.FeedPojo;
import dev.casus.jackson.CasusJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/** Writing one feed document: Casus against Jackson databinding of the same POJOs. *
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
public class WriteBenchmark {

  /** Incidents in the feed. */
  @Param({"1000", "100000"})
  public int incidents;

  private Workload workload = Workload.of(1);
  private FeedPojo pojo = new FeedPojo();
  private final CasusJson casus = CasusJson.strict();
  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectWriter pojoWriter = mapper.writerFor(FeedPojo.class);
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

  /**
   * Generates the workload and the equal POJO feed.
   *
   * @throws IOException never for these bytes
   */
  @Setup
  public void setUp() throws IOException {
    workload = Workload.of(incidents);
    pojo = mapper.readValue(workload.document(), FeedPojo.class);
  }

  /**
   * Casus: the feed to bytes.
   *
   * @return the byte count
   */
  @Benchmark
  public int casusWrite() {
    out.reset();
    casus.writeFeed(workload.feed(), out);
    return out.size();
  }

  /**
   * Baseline: the POJO feed to bytes by Jackson databinding.
   *
   * @return the byte count
   * @throws IOException never
   */
  @Benchmark
  public int pojoWrite() throws IOException {
    out.reset();
    pojoWriter.writeValue(out, pojo);
    return out.size();
  }
}
