package dev.casus.examples.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running the example prints the summary of the seed feed. */
class SeedExampleTest {

  @Test
  void mainPrintsTheSummaryOfTheSeedFeed() {
    String out = runMain();
    assertEquals(FeedSummary.render(KarabakhFeed.build()), out);
    assertTrue(out.startsWith("Feed by casus-examples, created 2020-10-05T00:00:00Z"), out);
    assertTrue(out.contains("inc-ganja-strike-2020-10-04"));
    assertTrue(out.contains("Contested attributions"));
    assertTrue(out.contains("\"32 others\""));
  }

  @Test
  void mainAcceptsTheModuleDirectoryAsItsArgument(@TempDir Path moduleDir) {
    assertEquals(runMain(), runMain(moduleDir.toString()));
  }

  private static String runMain(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      SeedExample.main(args);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
