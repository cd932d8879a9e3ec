package dev.casus.examples.seed;

import dev.casus.core.feed.Feed;
import dev.casus.jackson.CasusJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the seed example: builds the TRT World article of 2020-10-04 as a Casus feed, prints a
 * readable summary of it and, given the directory of the examples module, writes the golden feed
 * document {@value #GOLDEN_RESOURCE} under its {@code src/main/resources}, reads it back and
 * checks that it is the same feed.
 *
 * <pre>{@code
 * mvn -B -ntp -q -Pseed package -DskipTests
 * }</pre>
 */
public final class SeedExample {

  /** The golden feed document, relative to the module's resource directory (and the classpath). */
  public static final String GOLDEN_RESOURCE =
      "dev/casus/examples/seed/karabakh-2020-10-04.casus.json";

  private SeedExample() {}

  /**
   * Builds the seed feed and prints its summary to standard output; with a module directory, also
   * writes the golden feed document there and prints one line saying where, how many bytes and how
   * many entities.
   *
   * @param args optionally, the directory of the examples module (the build passes {@code
   *     ${project.basedir}})
   * @throws UncheckedIOException if the golden file cannot be written or read
   * @throws IllegalStateException if the file read back is not the feed that was written
   */
  public static void main(String[] args) {
    Feed feed = KarabakhFeed.build();
    System.out.print(FeedSummary.render(feed));
    if (args.length > 0) {
      Path golden = goldenFile(Path.of(args[0]));
      long bytes = writeGolden(feed, golden);
      System.out.println(
          "Wrote "
              + golden
              + " ("
              + bytes
              + " bytes, "
              + feed.entityCount()
              + " entities); reading it back gives the same feed.");
    }
  }

  /**
   * The pretty JSON document of a feed, exactly as the golden file holds it: two-space
   * indentation, {@code \n} line ends, a final newline.
   *
   * @param feed the feed
   * @return the document
   */
  public static String goldenDocument(Feed feed) {
    return CasusJson.builder().pretty(true).build().writePretty(feed);
  }

  /**
   * Where the golden file lives in a module directory.
   *
   * @param moduleDir the examples module's directory
   * @return {@code moduleDir/src/main/resources/} plus {@link #GOLDEN_RESOURCE}
   */
  static Path goldenFile(Path moduleDir) {
    return moduleDir.resolve("src/main/resources").resolve(GOLDEN_RESOURCE);
  }

  /** Writes the feed to {@code file}, reads it back, and fails unless the two feeds are equal. */
  private static long writeGolden(Feed feed, Path file) {
    byte[] bytes = goldenDocument(feed).getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Feed readBack = CasusJson.strict().readFeed(file);
    if (!readBack.equals(feed)) {
      throw new IllegalStateException(
          "the golden file " + file + " does not read back as the feed that was written");
    }
    return bytes.length;
  }
}
