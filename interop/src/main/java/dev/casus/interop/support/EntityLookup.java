package dev.casus.interop.support;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import java.util.Optional;

/**
 * Where a writer looks up the entities an incident or statement refers to by id: the actors whose
 * names it writes, the territories that locate an incident, the sources it cites, and the
 * incidents and statements that say who attributed what to whom.
 *
 * <p>A {@link Feed} is one ({@link #of(Feed)}); a streaming reader or writer supplies its own,
 * backed by whatever it has already seen. A lookup that does not find an entity returns empty, and
 * the writer falls back to the bare id or leaves the cell empty. Row formats (ACLED, UCDP GED)
 * refer to no incidents or statements, so those two lookups find nothing unless overridden.
 */
public interface EntityLookup {

  /**
   * The actor with this id.
   *
   * @param id the actor id
   * @return the actor, if known
   */
  Optional<Actor> actor(ActorId id);

  /**
   * The territory with this id.
   *
   * @param id the territory id
   * @return the territory, if known
   */
  Optional<Territory> territory(TerritoryId id);

  /**
   * The source with this id.
   *
   * @param id the source id
   * @return the source, if known
   */
  Optional<Source> source(SourceId id);

  /**
   * The incident with this id; by default none is known.
   *
   * @param id the incident id
   * @return the incident, if known
   */
  default Optional<Incident> incident(IncidentId id) {
    return Optional.empty();
  }

  /**
   * The statement with this id; by default none is known.
   *
   * @param id the statement id
   * @return the statement, if known
   */
  default Optional<Statement> statement(StatementId id) {
    return Optional.empty();
  }

  /**
   * A lookup over the entities of one feed.
   *
   * @param feed the feed
   * @return a lookup that answers from {@code feed}
   */
  static EntityLookup of(Feed feed) {
    return new EntityLookup() {
      @Override
      public Optional<Actor> actor(ActorId id) {
        return feed.actor(id);
      }

      @Override
      public Optional<Territory> territory(TerritoryId id) {
        return feed.territory(id);
      }

      @Override
      public Optional<Source> source(SourceId id) {
        return feed.source(id);
      }

      @Override
      public Optional<Incident> incident(IncidentId id) {
        return feed.incident(id);
      }

      @Override
      public Optional<Statement> statement(StatementId id) {
        return feed.statement(id);
      }
    };
  }
}
