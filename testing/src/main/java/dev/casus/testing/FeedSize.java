package dev.casus.testing;

/**
 * How big a generated feed is, for {@link CasusGenerators#feed(FeedSize)}. Each size draws its
 * entity counts at random within its range.
 */
public enum FeedSize {
  /** Zero to a dozen entities; a quarter of tiny feeds are empty, with only a header. */
  TINY,
  /** About ten to fifty entities: one article's worth, like the seed feed of the Ganja strikes. */
  SMALL,
  /** A few hundred entities: a week of reporting on one conflict. */
  MEDIUM,
  /** Thousands of entities: a dataset export; use it sparingly in property tests. */
  LARGE
}
