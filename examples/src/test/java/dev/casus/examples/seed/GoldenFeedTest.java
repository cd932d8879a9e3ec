package dev.casus.examples.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.feed.Feed;
import dev.casus.core.validation.ModelValidator;
import dev.casus.core.validation.ValidationReport;
import dev.casus.core.validation.ValidationProfile;
import dev.casus.jackson.CasusJson;
import dev.casus.jackson.FeedValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed golden file {@code karabakh-2020-10-04.casus.json} is exactly what the library
 * writes for the seed feed today, and reads back as that feed: it cannot drift from the code.
 * If this fails after a deliberate change to the seed or the wire format, regenerate it with
 * {@code mvn -B -ntp -q -Pseed package -DskipTests} and review the diff.
 */
class GoldenFeedTest {

  private final Feed feed = KarabakhFeed.build();

  @Test
  void committedGoldenFileIsTheSeedFeedWrittenPrettyByteForByte() throws IOException {
    String expected = CasusJson.builder().pretty(true).build().writePretty(feed);
    String committed = new String(goldenBytes(), StandardCharsets.UTF_8);
    assertTrue(expected.equals(committed), () -> firstDifference(expected, committed));
  }

  @Test
  void theGoldenFileInTheSourceTreeIsTheOneOnTheClasspath() throws IOException {
    // Surefire runs in the module directory and sets "basedir" to it
    Path source = SeedExample.goldenFile(Path.of(System.getProperty("basedir", ".")));
    assertTrue(Files.isRegularFile(source), "missing golden file " + source.toAbsolutePath());
    assertEquals(
        Files.readString(source, StandardCharsets.UTF_8),
        new String(goldenBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void readingTheGoldenFileGivesTheSeedFeed() throws IOException {
    // not assertEquals: the message would print both feeds whole
    assertTrue(
        feed.equals(CasusJson.strict().readFeed(goldenBytes())),
        "the golden file does not read back as KarabakhFeed.build(); regenerate it with"
            + " mvn -B -ntp -q -Pseed package -DskipTests");
  }

  @Test
  void theSeedFeedHasNoModelFindings() {
    ValidationReport report = ModelValidator.validate(feed);
    assertEquals(0, report.findings().size(), report.toString());
    assertTrue(report.isValid());
  }

  @Test
  void theGoldenDocumentHasNoFindingsAtAll() throws IOException {
    ValidationReport report =
        FeedValidator.create(ValidationProfile.strict())
            .validateDocument(new String(goldenBytes(), StandardCharsets.UTF_8));
    assertEquals(0, report.findings().size(), report.toString());
    assertEquals(feed.entityCount(), report.recordsRead(), report.summary());
  }

  /** Where two documents part, line by line, and how to regenerate the golden file. */
  private static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "(end of document)";
      String al = i < a.length ? a[i] : "(end of document)";
      if (!el.equals(al)) {
        return "the golden file differs from what the library writes, first at line "
            + (i + 1)
            + ":\n  written:   "
            + el
            + "\n  committed: "
            + al
            + "\nregenerate it with mvn -B -ntp -q -Pseed package -DskipTests and review the diff";
      }
    }
    return "the documents differ";
  }

  private static byte[] goldenBytes() throws IOException {
    try (InputStream in =
        GoldenFeedTest.class.getClassLoader().getResourceAsStream(SeedExample.GOLDEN_RESOURCE)) {
      assertNotNull(in, "the golden file is not on the classpath: " + SeedExample.GOLDEN_RESOURCE);
      return in.readAllBytes();
    }
  }
}
