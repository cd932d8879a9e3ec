package dev.casus.core.estimate;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A count reported with uncertainty, in the manner of UCDP GED's {@code low} / {@code best} /
 * {@code high}: the number of people killed or injured, the number of cities attacked, as one
 * source reported it.
 *
 * <p>The invariants are {@code 0 <= low <= best <= high} for the figures that are present. An
 * absent {@link #high()} means the range is open ("at least"); an absent {@link #best()} means the
 * source gave no single best guess. {@link #text()} keeps the original phrase, so that "dozens" is
 * never silently turned into a number that nobody said.
 *
 * <p>Encoding the seed article (TRT World, 2020-10-04):
 *
 * <ul>
 *   <li>"One civilian has been killed" is {@code Estimate.exactly(1)};
 *   <li>"32 others sustained injuries" is {@code Estimate.exactly(32)};
 *   <li>"The clashes ... have killed dozens" is {@code Estimate.atLeast(24).withText("dozens")}:
 *       "dozens" means at least two dozen, and the article states no ceiling, so none is invented
 *       (a range such as {@code between(24, 99)} would put a made-up upper bound into the record);
 *   <li>"at least four cities ... are being attacked" is {@code Estimate.atLeast(4)}.
 * </ul>
 */
@Value.Immutable
public abstract class Estimate {

  Estimate() {}

  /**
   * The count known exactly: low, best and high are all {@code n}.
   *
   * @param n the count, e.g. {@code 32} for "32 others sustained injuries"
   * @return the estimate
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static Estimate exactly(long n) {
    return builder().low(n).best(n).high(n).build();
  }

  /**
   * An open range: at least {@code n}, no best guess, no upper bound.
   *
   * @param n the lower bound, e.g. {@code 4} for "at least four cities"
   * @return the estimate
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static Estimate atLeast(long n) {
    return builder().low(n).build();
  }

  /**
   * At most {@code n}: low 0, no best guess, high {@code n}.
   *
   * @param n the upper bound, e.g. {@code 10} for "up to ten people"
   * @return the estimate
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static Estimate atMost(long n) {
    return builder().high(n).build();
  }

  /**
   * A closed range with no best guess.
   *
   * @param low the lower bound
   * @param high the upper bound
   * @return the estimate
   * @throws IllegalArgumentException if {@code low} is negative or greater than {@code high}
   */
  public static Estimate between(long low, long high) {
    return builder().low(low).high(high).build();
  }

  /**
   * A closed range with a best guess, as in a UCDP GED row ({@code low}, {@code best}, {@code
   * high}).
   *
   * @param low the lower bound
   * @param best the best guess
   * @param high the upper bound
   * @return the estimate
   * @throws IllegalArgumentException unless {@code 0 <= low <= best <= high}
   */
  public static Estimate between(long low, long best, long high) {
    return builder().low(low).best(best).high(high).build();
  }

  /**
   * About {@code n}: the best guess is {@code n}, the low is 0 and the high is open.
   *
   * <p>"Approximately" keeps only the best guess. The source gave no bounds, so none are
   * invented: an "about 30" does not become 25 to 35. Keep the phrase with {@link
   * #withText(String)}, e.g. {@code approximately(30).withText("about 30")}.
   *
   * @param n the best guess
   * @return the estimate
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static Estimate approximately(long n) {
    return builder().best(n).build();
  }

  /**
   * A builder for any estimate the factories do not cover.
   *
   * @return a new builder; {@code low} defaults to 0, the other attributes to absent
   */
  public static ImmutableEstimate.Builder builder() {
    return ImmutableEstimate.builder();
  }

  /**
   * The lower bound: the count is at least this. Defaults to 0.
   *
   * @return the lower bound, never negative
   */
  @Value.Default
  public long low() {
    return 0;
  }

  /**
   * The best guess, if the source gave one (UCDP GED's {@code best}).
   *
   * @return the best guess, between {@link #low()} and {@link #high()}, or empty
   */
  public abstract OptionalLong best();

  /**
   * The upper bound; empty when the range is open ("at least four").
   *
   * @return the upper bound, or empty if open
   */
  public abstract OptionalLong high();

  /**
   * The original phrase the count was read from, e.g. {@code "dozens"}, {@code "at least four"}
   * or {@code "32 others"}.
   *
   * @return the phrase, never blank, or empty
   */
  public abstract Optional<String> text();

  /**
   * This estimate with the original phrase set to {@code text}.
   *
   * @param text the phrase, e.g. {@code "dozens"}
   * @return a copy with {@link #text()} set
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public Estimate withText(String text) {
    // ImmutableEstimate overrides this with its generated copy-with method.
    return ImmutableEstimate.copyOf(this).withText(text);
  }

  /**
   * Whether the count is pinned to one value: {@link #high()} is present and equal to {@link
   * #low()} (by the invariants, {@link #best()}, when present, then equals both).
   *
   * @return true if low and high are the same value
   */
  public final boolean isExact() {
    return high().isPresent() && high().getAsLong() == low();
  }

  /**
   * Whether the range is open, i.e. has no upper bound ("at least").
   *
   * @return true if {@link #high()} is absent
   */
  public final boolean isOpen() {
    return high().isEmpty();
  }

  @Value.Check
  final void check() {
    long low = low();
    if (low < 0) {
      throw new IllegalArgumentException("Estimate.low must be >= 0, got low=" + low);
    }
    OptionalLong best = best();
    OptionalLong high = high();
    if (high.isPresent() && low > high.getAsLong()) {
      throw new IllegalArgumentException(
          "Estimate.low must be <= Estimate.high, got low=" + low + " high=" + high.getAsLong());
    }
    if (best.isPresent() && best.getAsLong() < low) {
      throw new IllegalArgumentException(
          "Estimate.best must be >= Estimate.low, got low=" + low + " best=" + best.getAsLong());
    }
    if (best.isPresent() && high.isPresent() && best.getAsLong() > high.getAsLong()) {
      throw new IllegalArgumentException(
          "Estimate.best must be <= Estimate.high, got best="
              + best.getAsLong()
              + " high="
              + high.getAsLong());
    }
    if (text().isPresent() && text().get().isBlank()) {
      throw new IllegalArgumentException(
          "Estimate.text must not be blank when present, got \"" + text().get() + "\"");
    }
  }
}
