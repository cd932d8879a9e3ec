package dev.casus.jackson.property;

import dev.casus.testing.FeedSize;

/**
 * The most tries a feed property runs per {@link FeedSize}, so that the suite stays fast: tiny
 * feeds take the configured number ({@code casus.property.tries}, default 200), the larger sizes
 * fewer (a large feed holds thousands of entities).
 */
final class Tries {

  private Tries() {}

  /** The cap for round-trip properties of feeds of {@code size}. */
  static int roundTrip(FeedSize size) {
    switch (size) {
      case TINY:
        return Integer.MAX_VALUE;
      case SMALL:
        return 100;
      case MEDIUM:
        return 20;
      case LARGE:
        return 3;
      default:
        throw new AssertionError(size);
    }
  }

  /** The cap for JSON Schema validation, which is slower than reading. */
  static int schema(FeedSize size) {
    switch (size) {
      case TINY:
        return Integer.MAX_VALUE;
      case SMALL:
        return 50;
      case MEDIUM:
        return 5;
      case LARGE:
        return 2;
      default:
        throw new AssertionError(size);
    }
  }
}
