package dev.casus.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.casus.benchmarks.pojo.FeedPojo;
import dev.casus.core.feed.Feed;
import dev.casus.jackson.CasusJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
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
  private Feed read = Feed.builder().producer("unset").createdAt(Instant.EPOCH).build();
  private FeedPojo pojo = new FeedPojo();
  private final CasusJson casus = CasusJson.strict();
  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectWriter pojoWriter = mapper.writerFor(FeedPojo.class);
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

  /**
   * Generates the workload, and reads its document into a Casus feed and into the equal POJO
   * feed, so that both writers write a feed that came from the same bytes.
   *
   * @throws IOException never for these bytes
   */
  @Setup
  public void setUp() throws IOException {
    workload = Workload.of(incidents);
    read = casus.readFeed(workload.document());
    pojo = mapper.readValue(workload.document(), FeedPojo.class);
  }

  /**
   * Casus: the feed read from the workload's document to bytes, as the POJO baseline writes the
   * POJO feed read from the same document (a read lays each entity's objects out together).
   *
   * @return the byte count
   */
  @Benchmark
  public int casusWrite() {
    out.reset();
    casus.writeFeed(read, out);
    return out.size();
  }

  /**
   * Casus: the feed the generators built in memory to bytes. Its objects lie in the order the
   * generators made them, an entity's referenced ids often far from it, as in a feed a program
   * assembles from several sources; at N = 100 000 that costs cache misses the read feed has not.
   *
   * @return the byte count
   */
  @Benchmark
  public int casusWriteBuilt() {
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
