package dev.casus.interop.support;

import dev.casus.core.actor.Actor;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.entity.Entity;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.ImmutableFeed;
import dev.casus.core.incident.Incident;
import dev.casus.core.source.Source;
import dev.casus.core.statement.Statement;
import dev.casus.core.territory.Territory;

/** Collects a stream of entities into a {@link Feed}, each entity into the list of its kind. */
public final class FeedCollector {

  private final ImmutableFeed.Builder builder;

  /**
   * A collector for a feed with this header.
   *
   * @param builder a feed builder with producer and creation time set
   */
  public FeedCollector(ImmutableFeed.Builder builder) {
    this.builder = builder;
  }

  /**
   * Adds one entity to the list of its kind.
   *
   * @param entity the entity
   */
  public void add(Entity entity) {
    if (entity instanceof Source s) {
      builder.addSource(s);
    } else if (entity instanceof Actor a) {
      builder.addActor(a);
    } else if (entity instanceof Territory t) {
      builder.addTerritory(t);
    } else if (entity instanceof Incident i) {
      builder.addIncident(i);
    } else if (entity instanceof Statement s) {
      builder.addStatement(s);
    } else if (entity instanceof CasualtyReport c) {
      builder.addCasualtyReport(c);
    } else {
      throw new IllegalArgumentException("FeedCollector: unknown entity kind " + entity.entityKind());
    }
  }

  /**
   * The feed.
   *
   * @return the feed built from the entities added
   * @throws IllegalArgumentException if two entities of one kind share an id
   */
  public Feed build() {
    return builder.build();
  }
}
