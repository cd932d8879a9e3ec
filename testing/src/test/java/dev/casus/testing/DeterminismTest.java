package dev.casus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The same seed gives the same values: in one JVM, call for call, and in another JVM. */
class DeterminismTest {

  private static final List<Function<CasusGenerators, Object>> GENERATORS =
      List.of(
          CasusGenerators::estimate,
          CasusGenerators::count,
          CasusGenerators::edtfDate,
          CasusGenerators::edtfInterval,
          CasusGenerators::edtfTime,
          CasusGenerators::geoPoint,
          CasusGenerators::location,
          CasusGenerators::name,
          CasusGenerators::externalId,
          CasusGenerators::certainty,
          g -> g.enumValue(java.time.DayOfWeek.class),
          CasusGenerators::text,
          CasusGenerators::languageTag,
          CasusGenerators::actorId,
          CasusGenerators::territoryId,
          CasusGenerators::incidentId,
          CasusGenerators::statementId,
          CasusGenerators::casualtyReportId,
          CasusGenerators::sourceId,
          CasusGenerators::source,
          CasusGenerators::actor,
          CasusGenerators::territory,
          CasusGenerators::incident,
          CasusGenerators::statement,
          CasusGenerators::casualtyReport,
          CasusGenerators::feedHeader,
          g -> g.feed(FeedSize.TINY),
          g -> g.feed(FeedSize.SMALL),
          g -> g.feed(FeedSize.MEDIUM),
          g -> g.feed(100));

  @Test
  void sameSeedSameValues() {
    Property.forAll(
        "same seed, same values",
        20,
        g -> g.seed(),
        seed -> {
          CasusGenerators a = CasusGenerators.withSeed(seed);
          CasusGenerators b = CasusGenerators.withSeed(seed);
          for (int round = 0; round < 2; round++) {
            for (Function<CasusGenerators, Object> generator : GENERATORS) {
              Object x = generator.apply(a);
              Object y = generator.apply(b);
              assertEquals(x, y);
              assertEquals(x.toString(), y.toString());
            }
          }
        });
  }

  @Test
  void differentSeedsDifferentFeeds() {
    assertNotEquals(
        CasusGenerators.withSeed(1).feed(FeedSize.SMALL),
        CasusGenerators.withSeed(2).feed(FeedSize.SMALL));
    assertEquals(42L, CasusGenerators.withSeed(42).seed());
  }

  @Test
  void sameSeedSameValuesInAnotherJvm() throws IOException, InterruptedException {
    long seed = 0x5eedL;
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Fingerprint.class.getName(),
                Long.toString(seed))
            .redirectErrorStream(true)
            .start();
    String out;
    try (var in = process.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
    process.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, process.exitValue(), out);
    assertEquals(Fingerprint.of(seed), out);
  }
}
