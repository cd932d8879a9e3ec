package dev.casus.examples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.feed.Feed;
import dev.casus.examples.Captured;
import dev.casus.testing.CasusGenerators;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** StreamJsonLines writes, corrupts one line, and reads back every other record, counted by kind. */
class StreamJsonLinesTest {

  @Test
  void countsEveryGoodRecordByKindAndReportsTheTruncatedLine() throws Exception {
    Feed feed = CasusGenerators.withSeed(StreamJsonLines.SEED).feed(1_000);
    String out = Captured.run(() -> StreamJsonLines.main(new String[] {"1000"})).out();

    assertTrue(
        out.startsWith(
            "Generated a feed of " + n(feed.entityCount()) + " entities (1,000 incidents) with seed "
                + StreamJsonLines.SEED + "\n"),
        out);
    // the header, then one line per entity, one of them truncated
    long lines = feed.entityCount() + 1L;
    // header, sources, actors, territories, the first 500 incidents: the 501st is cut
    long cut = 1L + feed.sources().size() + feed.actors().size() + feed.territories().size() + 501;
    Matcher wrote =
        Pattern.compile("Wrote " + Pattern.quote(n(lines)) + " lines \\([0-9,]+ bytes\\) to (\\S+);"
                + " line " + Pattern.quote(n(cut)) + " is deliberately truncated\n")
            .matcher(out);
    assertTrue(wrote.find(), out);
    String file = wrote.group(1);

    // the bad line names the file, its line and column, and says what is wrong; then reading
    // goes on: every other record is counted
    assertTrue(out.contains("  bad line skipped: " + file + ":" + cut + ":"), out);
    assertTrue(out.contains(": ERROR syntax "), out);
    assertTrue(out.contains("the input ends too early (truncated JSON)"), out);
    assertTrue(out.contains("  feed header              1\n"), out);
    assertTrue(out.contains(count("source", feed.sources().size())), out);
    assertTrue(out.contains(count("actor", feed.actors().size())), out);
    assertTrue(out.contains(count("territory", feed.territories().size())), out);
    assertTrue(out.contains(count("incident", feed.incidents().size() - 1)), out);
    assertTrue(out.contains(count("statement", feed.statements().size())), out);
    assertTrue(out.contains(count("casualty_report", feed.casualtyReports().size())), out);
    assertTrue(
        out.contains(
            "Read " + n(feed.entityCount()) + " good records and skipped 1 bad line in "),
        out);
  }

  @Test
  void byDefaultStreamsOneHundredThousandIncidents() throws Exception {
    String out = Captured.run(() -> StreamJsonLines.main(new String[0])).out();

    assertTrue(out.contains("(100,000 incidents)"), out);
    assertTrue(out.contains(count("incident", 99_999)), out);
    assertTrue(out.contains("and skipped 1 bad line in "), out);
  }

  @Test
  void refusesANumberOfIncidentsBelowOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> StreamJsonLines.main(new String[] {"0"}));
    assertEquals("the number of incidents must be at least 1, got 0", e.getMessage());
  }

  private static String count(String kind, long n) {
    return String.format(Locale.ROOT, "  %-16s %9s%n", kind, n(n)).replace(System.lineSeparator(), "\n");
  }

  private static String n(long n) {
    return String.format("%,d", n);
  }
}
