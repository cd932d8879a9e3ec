package dev.casus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.incident.Incident;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PropertyTest {

  private static final Pattern TRY_SEED = Pattern.compile("rerun this try: -Dcasus\\.property\\.seed=(0x[0-9a-f]{16})");

  private String savedSeed;
  private String savedTries;

  @BeforeEach
  void saveProperties() {
    savedSeed = System.getProperty(Property.SEED_PROPERTY);
    savedTries = System.getProperty(Property.TRIES_PROPERTY);
  }

  @AfterEach
  void restoreProperties() {
    restore(Property.SEED_PROPERTY, savedSeed);
    restore(Property.TRIES_PROPERTY, savedTries);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  /** Fails on every count of 0 and above: i.e. on some try soon, not necessarily the first. */
  private static final Consumer<Long> FAILS_ON_SMALL_COUNTS =
      n -> assertTrue(n > 100, "count " + n + " is small");

  @Test
  void failingPropertyNamesItsSeedValueAndRerun() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                Property.forAll(
                    "counts are large", 0x1234L, 200, CasusGenerators::count, FAILS_ON_SMALL_COUNTS));
    String message = e.getMessage();
    assertTrue(message.contains("property counts are large failed on try "), message);
    assertTrue(message.contains("base seed 0x0000000000001234"), message);
    assertTrue(message.contains("count "), message);
    assertTrue(message.contains("-Dcasus.property.seed=0x"), message);
    assertTrue(message.contains("-Dcasus.property.tries=1"), message);
    assertTrue(e.getCause() instanceof AssertionError, "the check's failure is the cause");
  }

  @Test
  void printedTrySeedReplaysTheFailingValue() {
    List<Long> failing = new ArrayList<>();
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                Property.forAll(
                    "counts are large",
                    0xCAFEL,
                    200,
                    CasusGenerators::count,
                    n -> {
                      if (n <= 100) {
                        failing.add(n);
                      }
                      FAILS_ON_SMALL_COUNTS.accept(n);
                    }));
    Matcher m = TRY_SEED.matcher(e.getMessage());
    assertTrue(m.find(), e.getMessage());
    String trySeed = m.group(1);
    assertTrue(e.getMessage().contains(", seed " + trySeed + " "), e.getMessage());

    // as the message says: the try seed as base seed, one try
    System.setProperty(Property.SEED_PROPERTY, trySeed);
    System.setProperty(Property.TRIES_PROPERTY, "1");
    List<Long> replayed = new ArrayList<>();
    AssertionError again =
        assertThrows(
            AssertionError.class,
            () ->
                Property.forAll(
                    "counts are large",
                    CasusGenerators::count,
                    n -> {
                      replayed.add(n);
                      FAILS_ON_SMALL_COUNTS.accept(n);
                    }));
    assertEquals(List.of(failing.get(0)), replayed);
    assertTrue(again.getMessage().contains("failed on try 1 of 1, seed " + trySeed), again.getMessage());
    assertEquals(CasusGenerators.withSeed(Property.parseSeed(trySeed)).count(), replayed.get(0));
  }

  @Test
  void baseSeedReplaysTheWholeRun() {
    List<Incident> first = new ArrayList<>();
    List<Incident> second = new ArrayList<>();
    System.setProperty(Property.SEED_PROPERTY, "0x00000000deadbeef");
    System.setProperty(Property.TRIES_PROPERTY, "25");
    Property.forAll("collect", CasusGenerators::incident, first::add);
    Property.forAll("collect", CasusGenerators::incident, second::add);
    assertEquals(25, first.size());
    assertEquals(first, second);
    assertEquals(CasusGenerators.withSeed(0xdeadbeefL).incident(), first.get(0));
    assertEquals(
        CasusGenerators.withSeed(Property.trySeed(0xdeadbeefL, 7)).incident(), first.get(7));
  }

  @Test
  void triesComeFromTheSystemPropertyAndMaxTriesCapsThem() {
    System.setProperty(Property.TRIES_PROPERTY, "13");
    List<Long> seen = new ArrayList<>();
    Property.forAll("count tries", CasusGenerators::count, seen::add);
    assertEquals(13, seen.size());
    seen.clear();
    Property.forAll("capped", 5, CasusGenerators::count, seen::add);
    assertEquals(5, seen.size());
    System.clearProperty(Property.TRIES_PROPERTY);
    seen.clear();
    Property.forAll("default", CasusGenerators::count, seen::add);
    assertEquals(Property.DEFAULT_TRIES, seen.size());
  }

  @Test
  void printsOneLinePerProperty() {
    PrintStream out = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      Property.forAll("quiet", 0x2aL, 30, CasusGenerators::count, n -> {});
    } finally {
      System.setOut(out);
    }
    assertEquals(
        "property quiet: 30 tries, seed 0x000000000000002a" + System.lineSeparator(),
        buffer.toString(StandardCharsets.UTF_8));
  }

  @Test
  void generatorFailuresAreReportedWithTheSeed() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                Property.forAll(
                    "broken generator",
                    0x99L,
                    3,
                    g -> {
                      throw new IllegalStateException("boom");
                    },
                    v -> {}));
    assertTrue(e.getMessage().contains("the generator threw"), e.getMessage());
    assertTrue(e.getMessage().contains("seed 0x0000000000000099"), e.getMessage());
    assertTrue(e.getMessage().contains("boom"), e.getMessage());
  }

  @Test
  void longValuesAreTruncated() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                Property.forAll(
                    "large feeds fail",
                    0x5L,
                    1,
                    g -> g.feed(300),
                    f -> {
                      throw new AssertionError("no");
                    }));
    assertTrue(e.getMessage().length() < Property.MAX_VALUE_LENGTH + 1000, "message is bounded");
    assertTrue(e.getMessage().contains("characters in all)"), e.getMessage());
  }

  @Test
  void seedsParseAsPrinted() {
    assertEquals(-1L, Property.parseSeed("0xffffffffffffffff"));
    assertEquals(42L, Property.parseSeed("0x2a"));
    assertEquals(-42L, Property.parseSeed("-42"));
    assertEquals(Long.MIN_VALUE, Property.parseSeed(Property.hex(Long.MIN_VALUE)));
    IllegalArgumentException bad =
        assertThrows(IllegalArgumentException.class, () -> Property.parseSeed("0xnope"));
    assertTrue(bad.getMessage().contains("casus.property.seed"), bad.getMessage());
    assertEquals(0x77L, Property.trySeed(0x77L, 0));
    assertTrue(Property.trySeed(0x77L, 1) != Property.trySeed(0x77L, 2));
  }

  @Test
  void badTriesAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Property.forAll("none", 1L, 0, CasusGenerators::count, n -> {}));
    System.setProperty(Property.TRIES_PROPERTY, "many");
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () -> Property.forAll("bad", CasusGenerators::count, n -> {}));
    assertTrue(bad.getMessage().contains("casus.property.tries"), bad.getMessage());
  }
}
