package dev.casus.examples.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.feed.Feed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running the example prints the summary of the seed feed and, given a directory, writes it. */
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
  void givenTheModuleDirectoryMainWritesTheGoldenFileAndSaysSo(@TempDir Path moduleDir)
      throws IOException {
    String out = runMain(moduleDir.toString());

    Path written =
        moduleDir.resolve("src/main/resources/dev/casus/examples/seed/karabakh-2020-10-04.casus.json");
    Feed feed = KarabakhFeed.build();
    byte[] expected = SeedExample.goldenDocument(feed).getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(expected, Files.readAllBytes(written));
    // the summary first, then exactly one more line
    String summary = FeedSummary.render(feed);
    assertTrue(out.startsWith(summary), out);
    assertEquals(
        "Wrote "
            + written
            + " ("
            + expected.length
            + " bytes, "
            + feed.entityCount()
            + " entities); reading it back gives the same feed.\n",
        out.substring(summary.length()).replace(System.lineSeparator(), "\n"));
  }

  @Test
  void writingTheGoldenFileTwiceGivesTheSameBytes(@TempDir Path moduleDir) throws IOException {
    runMain(moduleDir.toString());
    Path written = SeedExample.goldenFile(moduleDir);
    byte[] first = Files.readAllBytes(written);
    Files.writeString(written, "stale");
    runMain(moduleDir.toString());
    assertArrayEquals(first, Files.readAllBytes(written));
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
