package dev.casus.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The random primitives every generator draws from: one {@link RandomGenerator}, used in a fixed
 * order, so that one seed always gives the same values.
 */
final class Draw {

  private final RandomGenerator random;

  Draw(RandomGenerator random) {
    this.random = random;
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** An int in {@code [low, high]}, both inclusive. */
  int between(int low, int high) {
    return low == high ? low : random.nextInt(low, high + 1);
  }

  /** A long in {@code [low, high]}, both inclusive. */
  long between(long low, long high) {
    if (low == high) {
      return low;
    }
    if (high == Long.MAX_VALUE) {
      return low == Long.MIN_VALUE ? random.nextLong() : random.nextLong(low - 1, high) + 1;
    }
    return random.nextLong(low, high + 1);
  }

  /** A double in {@code [low, high)}. */
  double between(double low, double high) {
    return random.nextDouble(low, high);
  }

  /** An index in {@code [0, size)}. */
  int index(int size) {
    return random.nextInt(size);
  }

  /** A uniformly chosen element; {@code items} must not be empty. */
  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** A uniformly chosen element; {@code items} must not be empty. */
  @SafeVarargs
  final <T> T pick(T... items) {
    return items[random.nextInt(items.length)];
  }

  /** A uniformly chosen constant of {@code type}. */
  <E extends Enum<E>> E constant(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return constants[random.nextInt(constants.length)];
  }

  /**
   * A list size: 0 with probability {@code pEmpty}, else 1 to {@code max}, smaller sizes more
   * likely.
   */
  int size(double pEmpty, int max) {
    if (max <= 0 || chance(pEmpty)) {
      return 0;
    }
    int a = between(1, max);
    int b = between(1, max);
    return Math.min(a, b);
  }

  /** A distinct subset of {@code items}, in a random order, of at most {@code max} elements. */
  <T> List<T> subset(List<T> items, double pEmpty, int max) {
    int n = size(pEmpty, Math.min(max, items.size()));
    List<T> copy = new ArrayList<>(items);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(copy.remove(index(copy.size())));
    }
    return out;
  }

  /** The next raw 64 random bits. */
  long bits() {
    return random.nextLong();
  }
}
