package dev.casus.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure the happy path: the workload is a valid feed, every benchmark method
 * reads all of it, and the same seed gives the same bytes.
 */
class WorkloadTest {

  private static final int INCIDENTS = 500;

  @Test
  void theWorkloadIsValidAndEveryBenchmarkReadsAllOfIt() throws Exception {
    ReadBenchmark read = new ReadBenchmark();
    read.incidents = INCIDENTS;
    read.setUp();
    assertEquals(INCIDENTS, read.casusRead().incidents().size());
    assertEquals(INCIDENTS, read.pojoRead().incidents.size());
    assertTrue(read.tokenLoop() > 10L * INCIDENTS);

    ValidateBenchmark validate = new ValidateBenchmark();
    validate.incidents = INCIDENTS;
    validate.setUp();
    for (ValidationReport report :
        new ValidationReport[] {
          validate.readAndValidate(), validate.validateInMemory(), validate.validateStreaming()
        }) {
      assertTrue(report.findings().isEmpty(), report::summary);
    }
    assertEquals(
        Workload.of(INCIDENTS).feed().entityCount(), validate.validateStreaming().recordsRead());

    WriteBenchmark write = new WriteBenchmark();
    write.incidents = INCIDENTS;
    write.setUp();
    assertEquals(Workload.of(INCIDENTS).document().length, write.casusWrite());
    assertEquals(Workload.of(INCIDENTS).document().length, write.pojoWrite());
  }

  @Test
  void theSeedFixesTheBytes() {
    assertArrayEquals(Workload.of(50).document(), Workload.of(50).document());
    assertArrayEquals(Workload.of(50).jsonLines(), Workload.of(50).jsonLines());
  }
}
