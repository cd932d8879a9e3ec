package dev.casus.interop.support;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import java.util.Optional;

/** Finds the actors, territories and sources an incident refers to, when writing it as a row. */
public interface EntityLookup {

  /**
   * The actor with this id.
   *
   * @param id the id
   * @return the actor, if known
   */
  Optional<Actor> actor(ActorId id);

  /**
   * The territory with this id.
   *
   * @param id the id
   * @return the territory, if known
   */
  Optional<Territory> territory(TerritoryId id);

  /**
   * The source with this id.
   *
   * @param id the id
   * @return the source, if known
   */
  Optional<Source> source(SourceId id);
}
