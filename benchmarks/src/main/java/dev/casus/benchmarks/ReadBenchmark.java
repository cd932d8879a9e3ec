package dev.casus.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.casus.benchmarks.pojo.FeedPojo;
import dev.casus.core.feed.Feed;
import dev.casus.jackson.CasusJson;
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

/**
 * Reading one feed document: Casus (typed, every invariant checked) against Jackson databinding
 * into mutable POJOs of the same shape, and against a bare token loop, the floor no reader beats.
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
public class ReadBenchmark {

  /** Incidents in the feed. */
  @Param({"1000", "100000"})
  public int incidents;

  private byte[] document = new byte[0];
  private final CasusJson casus = CasusJson.strict();
  private final ObjectReader pojoReader = new ObjectMapper().readerFor(FeedPojo.class);
  private final JsonFactory factory = new JsonFactory();

  /** Generates the workload. */
  @Setup
  public void setUp() {
    document = Workload.of(incidents).document();
  }

  /**
   * Casus: bytes to a validated, immutable {@link Feed}.
   *
   * @return the feed
   */
  @Benchmark
  public Feed casusRead() {
    return casus.readFeed(document);
  }

  /**
   * Baseline: bytes to hand-written POJOs by Jackson databinding.
   *
   * @return the POJO feed
   * @throws IOException never for these bytes
   */
  @Benchmark
  public FeedPojo pojoRead() throws IOException {
    return pojoReader.readValue(document);
  }

  /**
   * Floor: every token of the document, nothing built.
   *
   * @return the token count
   * @throws IOException never for these bytes
   */
  @Benchmark
  public long tokenLoop() throws IOException {
    long tokens = 0;
    try (JsonParser p = factory.createParser(document)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          p.getText();
        }
        tokens++;
      }
    }
    return tokens;
  }
}
