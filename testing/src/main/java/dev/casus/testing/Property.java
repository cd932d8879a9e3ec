package dev.casus.testing;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A tiny property runner that needs no test framework: it draws values from {@link
 * CasusGenerators}, checks each, and turns the first failure into an {@link AssertionError} that
 * says how to replay it.
 *
 * <p><b>Seeds.</b> A run has a base seed: the system property {@code casus.property.seed}
 * (hexadecimal with {@code 0x}, or decimal), else a random one. Try 0 uses the base seed itself;
 * try {@code i > 0} uses a seed derived from the base seed and {@code i} (a SplitMix64 mix). So:
 *
 * <ul>
 *   <li>{@code -Dcasus.property.seed=<base seed>} replays the whole run, try for try (with the
 *       same number of tries and the same generator code);
 *   <li>{@code -Dcasus.property.seed=<try seed> -Dcasus.property.tries=1} replays just the
 *       failing try, because try 0 of a run uses the base seed unchanged.
 * </ul>
 *
 * <p>The number of tries is the system property {@code casus.property.tries}, default {@value
 * #DEFAULT_TRIES}. Each property prints one line to standard output: {@code property <name>: <N>
 * tries, seed 0x...}.
 */
public final class Property {

  /** The system property holding the base seed. */
  public static final String SEED_PROPERTY = "casus.property.seed";

  /** The system property holding the number of tries. */
  public static final String TRIES_PROPERTY = "casus.property.tries";

  /** The number of tries when {@value #TRIES_PROPERTY} is not set. */
  public static final int DEFAULT_TRIES = 200;

  /** The longest rendering of a failing value in a failure message. */
  static final int MAX_VALUE_LENGTH = 2000;

  private Property() {}

  /**
   * Checks {@code check} on values drawn by {@code generator}, with the number of tries and the
   * base seed taken from the system properties (see the class comment).
   *
   * @param <T> the type of the values
   * @param name the property's name, for the report, e.g. {@code "estimates keep low <= high"}
   * @param generator draws one value from the generators of one try
   * @param check throws (an {@link AssertionError} or any exception) if the value is wrong
   * @throws AssertionError on the first try that fails, naming the property, the try's seed and
   *     value, and the command-line flags that replay it
   * @throws IllegalArgumentException if a system property is malformed
   */
  public static <T> void forAll(
      String name, Function<CasusGenerators, T> generator, Consumer<T> check) {
    forAll(name, baseSeed(), tries(), generator, check);
  }

  /**
   * Like {@link #forAll(String, Function, Consumer)}, but with at most {@code maxTries} tries, for
   * expensive properties (large feeds): the number of tries is the smaller of {@code maxTries}
   * and the configured number.
   *
   * @param <T> the type of the values
   * @param name the property's name, for the report
   * @param maxTries the most tries to run, at least 1
   * @param generator draws one value from the generators of one try
   * @param check throws if the value is wrong
   * @throws AssertionError on the first try that fails
   * @throws IllegalArgumentException if {@code maxTries} is less than 1 or a system property is
   *     malformed
   */
  public static <T> void forAll(
      String name, int maxTries, Function<CasusGenerators, T> generator, Consumer<T> check) {
    if (maxTries < 1) {
      throw new IllegalArgumentException("maxTries must be >= 1, got " + maxTries);
    }
    forAll(name, baseSeed(), Math.min(maxTries, tries()), generator, check);
  }

  /**
   * Checks {@code check} on {@code tries} values drawn with seeds derived from {@code baseSeed},
   * ignoring the system properties.
   *
   * @param <T> the type of the values
   * @param name the property's name, for the report
   * @param baseSeed the seed of try 0, from which the others are derived
   * @param tries how many values to check, at least 1
   * @param generator draws one value from the generators of one try
   * @param check throws if the value is wrong
   * @throws AssertionError on the first try that fails (see {@link #forAll(String, Function,
   *     Consumer)})
   * @throws IllegalArgumentException if {@code tries} is less than 1
   */
  public static <T> void forAll(
      String name,
      long baseSeed,
      int tries,
      Function<CasusGenerators, T> generator,
      Consumer<T> check) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be >= 1, got " + tries);
    }
    System.out.println("property " + name + ": " + tries + " tries, seed " + hex(baseSeed));
    for (int i = 0; i < tries; i++) {
      long seed = trySeed(baseSeed, i);
      T value;
      try {
        value = generator.apply(CasusGenerators.withSeed(seed));
      } catch (RuntimeException | AssertionError | StackOverflowError e) {
        throw failure(name, baseSeed, tries, i, seed, "<the generator threw>", e);
      }
      try {
        check.accept(value);
      } catch (RuntimeException | AssertionError | StackOverflowError e) {
        throw failure(name, baseSeed, tries, i, seed, render(value), e);
      }
    }
  }

  /**
   * The seed of try {@code index} of a run with base seed {@code baseSeed}: the base seed itself
   * for try 0, a SplitMix64 mix of both for the others.
   *
   * @param baseSeed the run's base seed
   * @param index the try, from 0
   * @return the try's seed
   */
  public static long trySeed(long baseSeed, int index) {
    if (index == 0) {
      return baseSeed;
    }
    long z = baseSeed + index * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * A seed written as the runner prints it: {@code 0x} and 16 hexadecimal digits.
   *
   * @param seed the seed
   * @return e.g. {@code 0x000000000000002a}
   */
  public static String hex(long seed) {
    return String.format(Locale.ROOT, "0x%016x", seed);
  }

  /**
   * Reads a seed as the runner prints it ({@code 0x...}, up to 16 hexadecimal digits, read as
   * unsigned) or as a signed decimal.
   *
   * @param text the seed text
   * @return the seed
   * @throws IllegalArgumentException if {@code text} is neither
   */
  public static long parseSeed(String text) {
    String t = text.trim();
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        return Long.parseUnsignedLong(t.substring(2), 16);
      }
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          SEED_PROPERTY + " must be 0x followed by hexadecimal digits, or a decimal, got \""
              + text
              + "\"",
          e);
    }
  }

  private static long baseSeed() {
    String text = System.getProperty(SEED_PROPERTY);
    if (text == null || text.isBlank()) {
      return ThreadLocalRandom.current().nextLong();
    }
    return parseSeed(text);
  }

  private static int tries() {
    String text = System.getProperty(TRIES_PROPERTY);
    if (text == null || text.isBlank() || text.startsWith("${")) {
      return DEFAULT_TRIES;
    }
    try {
      int tries = Integer.parseInt(text.trim());
      if (tries >= 1) {
        return tries;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(
        TRIES_PROPERTY + " must be a positive integer, got \"" + text + "\"");
  }

  private static String render(Object value) {
    String s;
    try {
      s = String.valueOf(value);
    } catch (RuntimeException e) {
      s = "<toString threw " + e + ">";
    }
    if (s.length() <= MAX_VALUE_LENGTH) {
      return s;
    }
    return s.substring(0, MAX_VALUE_LENGTH) + "... (" + s.length() + " characters in all)";
  }

  private static AssertionError failure(
      String name, long baseSeed, int tries, int index, long seed, String value, Throwable cause) {
    String message =
        "property "
            + name
            + " failed on try "
            + (index + 1)
            + " of "
            + tries
            + ", seed "
            + hex(seed)
            + " (base seed "
            + hex(baseSeed)
            + "): "
            + cause
            + "\n  value: "
            + value
            + "\n  rerun this try: -D"
            + SEED_PROPERTY
            + "="
            + hex(seed)
            + " -D"
            + TRIES_PROPERTY
            + "=1"
            + "\n  rerun the whole run: -D"
            + SEED_PROPERTY
            + "="
            + hex(baseSeed)
            + " -D"
            + TRIES_PROPERTY
            + "="
            + tries;
    return new AssertionError(message, cause);
  }
}
