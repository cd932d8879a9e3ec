/**
 * The seed example: the TRT World article of 2020-10-04 on the missile strikes on Ganja and
 * Mingachevir, built as one Casus {@code Feed} ({@link dev.casus.examples.seed.KarabakhFeed}) and
 * printed as a readable summary ({@link dev.casus.examples.seed.SeedExample}, {@link
 * dev.casus.examples.seed.FeedSummary}).
 *
 * <p>Start reading at {@link dev.casus.examples.seed.KarabakhFeed}: it shows how each kind of
 * entity is built, and the comments say which sentence of the article each fact comes from and
 * why it is recorded the way it is.
 */
@NullMarked
package dev.casus.examples.seed;

import org.jspecify.annotations.NullMarked;
