package dev.casus.examples.seed;

import dev.casus.core.feed.Feed;
import java.time.Instant;

/**
 * The seed article as one Casus {@link Feed}: TRT World, 2020-10-04, "TRTWorld and agencies", on
 * the missile strikes on Ganja and Mingachevir during the fighting over Nagorno-Karabakh.
 *
 * <p>This is the example to copy from. A feed holds six kinds of entities, each built in its own
 * class of this package:
 *
 * <ul>
 *   <li>{@code KarabakhSources}: the article, the Reuters photo, the tweets, posts, statements and
 *       address it reports;
 *   <li>{@code KarabakhActors}: states, ministries, forces, the Nagorno-Karabakh authorities, the
 *       people who speak for them, international organisations;
 *   <li>{@code KarabakhTerritories}: Azerbaijan, Armenia, Nagorno-Karabakh, the cities and regions,
 *       and Jabrayil's change of control;
 *   <li>{@code KarabakhIncidents}: the clashes since 2020-09-27 and the strikes of 2020-10-04;
 *   <li>{@code KarabakhStatements} and {@code KarabakhAddressAndReactions}: who said what;
 *   <li>{@code KarabakhCasualties}: the counts, each reported by someone.
 * </ul>
 *
 * <p>Entities refer to each other by typed ids, collected in {@code KarabakhIds}.
 *
 * <p>The principle throughout is Casus's: record who said what, not what is "true". The strike on
 * Ganja has three perpetrators on record, alleged (Azerbaijan says Armenia), denied (Armenia's
 * Defence Ministry) and claimed (Nagorno-Karabakh's leader), each pointing at the statement that
 * makes it; a consumer can reconcile them later without losing the disagreement.
 */
public final class KarabakhFeed {

  /** The producer recorded in the feed. */
  static final String PRODUCER = "casus-examples";

  /** When the feed was made: the day after the article. Fixed, so the feed is reproducible. */
  static final Instant CREATED_AT = Instant.parse("2020-10-05T00:00:00Z");

  private KarabakhFeed() {}

  /**
   * Builds the seed feed. Every call returns an equal feed.
   *
   * @return the TRT World article of 2020-10-04 as a feed: sources, actors, territories,
   *     incidents, statements and casualty reports
   */
  public static Feed build() {
    return Feed.builder()
        .producer(PRODUCER)
        .createdAt(CREATED_AT)
        .description(
            "TRT World, 2020-10-04 (\"TRTWorld and agencies\"): missile strikes on Ganja and"
                + " Mingachevir during the clashes over Nagorno-Karabakh since 2020-09-27, with the"
                + " contested attributions, the casualty figures and President Aliyev's address")
        .addAllSources(KarabakhSources.all())
        .addAllActors(KarabakhActors.all())
        .addAllTerritories(KarabakhTerritories.all())
        .addAllIncidents(KarabakhIncidents.all())
        .addAllStatements(KarabakhStatements.all())
        .addAllStatements(KarabakhAddressAndReactions.all())
        .addAllCasualtyReports(KarabakhCasualties.all())
        .build();
  }
}
