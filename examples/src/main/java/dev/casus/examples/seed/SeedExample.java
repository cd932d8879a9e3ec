package dev.casus.examples.seed;

import dev.casus.core.feed.Feed;

/**
 * Runs the seed example: builds the TRT World article of 2020-10-04 as a Casus feed and prints a
 * readable summary of it.
 *
 * <pre>{@code
 * mvn -B -ntp -q -Pseed package -DskipTests
 * }</pre>
 */
public final class SeedExample {

  private SeedExample() {}

  /**
   * Builds the seed feed and prints its summary to standard output.
   *
   * @param args optionally, the directory of the examples module (the build passes {@code
   *     ${project.basedir}}); not used yet
   */
  public static void main(String[] args) {
    Feed feed = KarabakhFeed.build();
    System.out.print(FeedSummary.render(feed));
  }
}
