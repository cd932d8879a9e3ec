package dev.casus.interop.plover;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import java.util.Optional;

/**
 * Where {@link PloverWriter} looks up the entities an event refers to: the actors whose names and
 * Wikidata ids it writes, the territories whose names and points locate an incident, and the
 * incidents and statements that say who attributed what to whom.
 *
 * <p>A {@link Feed} is one ({@link #of(Feed)}); a streaming reader can supply its own, backed by
 * whatever it has already read. A lookup that does not find an entity returns empty, and the writer
 * then falls back to the bare id.
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
   * The incident with this id.
   *
   * @param id the incident id
   * @return the incident, if known
   */
  Optional<Incident> incident(IncidentId id);

  /**
   * The statement with this id.
   *
   * @param id the statement id
   * @return the statement, if known
   */
  Optional<Statement> statement(StatementId id);

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
