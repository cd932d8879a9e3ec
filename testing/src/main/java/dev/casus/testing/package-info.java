/**
 * Seeded generators of valid Casus values, entities and whole feeds ({@link
 * dev.casus.testing.CasusGenerators}), and a tiny property runner ({@link
 * dev.casus.testing.Property}) that works in any test framework.
 *
 * <p>Usage, e.g. in a JUnit test of your own serializer:
 *
 * <pre>{@code
 * Property.forAll("feeds survive a round trip",
 *     g -> g.feed(FeedSize.SMALL),
 *     feed -> assertEquals(feed, MyCodec.read(MyCodec.write(feed))));
 * CasusGenerators g = CasusGenerators.withSeed(42);   // same seed, same values
 * Incident incident = g.incident();
 * }</pre>
 *
 * <p>{@code -Dcasus.property.tries=N} sets the number of tries per property (default 200);
 * {@code -Dcasus.property.seed=0x...} replays a run, or a single failing try (see {@link
 * dev.casus.testing.Property}).
 */
@NullMarked
package dev.casus.testing;

import org.jspecify.annotations.NullMarked;
