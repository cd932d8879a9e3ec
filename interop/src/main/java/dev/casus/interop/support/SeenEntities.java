package dev.casus.interop.support;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.entity.Entity;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.source.SourceKind;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sources, actors and territories a converter of an event dataset has met so far, each
 * deduplicated in its own {@link Registry}: the publishers keyed by name, the actors keyed by name,
 * the places keyed by their path of names. What the current row introduces is staged until the row
 * converts; it is also the {@link EntityLookup} the row is rendered back with.
 */
public final class SeenEntities implements EntityLookup {

  private static final int NAME_SLUG = 60;

  private final Registry<String, Source> sources = new Registry<>();
  private final Registry<String, Actor> actors = new Registry<>();
  private final Registry<List<String>, Territory> territories = new Registry<>();

  /** None seen yet. */
  public SeenEntities() {}

  /**
   * The sources, keyed by publisher name.
   *
   * @return the registry
   */
  public Registry<String, Source> sources() {
    return sources;
  }

  /**
   * The actors, keyed by name.
   *
   * @return the registry
   */
  public Registry<String, Actor> actors() {
    return actors;
  }

  /**
   * The territories, keyed by their level and path of names from the country down.
   *
   * @return the registry
   */
  public Registry<List<String>, Territory> territories() {
    return territories;
  }

  /**
   * The id of the source a row names by its publisher (an agency or newspaper as ACLED and GED
   * name it), creating a source of kind {@link SourceKind#OTHER} on its first mention.
   *
   * @param publisher the publisher's name as in the cell
   * @param idPrefix what the format puts before the slug of the name, e.g. {@code src-acled-}
   * @param column the column the name is in, named if the row fails
   * @return the source id
   * @throws RowFailure if no valid source can be made of the name
   */
  public String source(String publisher, String idPrefix, String column) throws RowFailure {
    try {
      return sources.idFor(
          publisher,
          idPrefix + Slugs.slug(publisher, NAME_SLUG),
          id ->
              Source.builder()
                  .id(SourceId.of(id))
                  .kind(SourceKind.OTHER)
                  .publisher(publisher)
                  .build());
    } catch (IllegalArgumentException e) {
      throw new RowFailure(column, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Keeps what the current row introduced and hands it out for streaming.
   *
   * @return the new sources, then actors, then territories, each in the order first named
   */
  public List<Entity> commit() {
    List<Entity> out = new ArrayList<>();
    out.addAll(sources.commit());
    out.addAll(actors.commit());
    out.addAll(territories.commit());
    return out;
  }

  /** Forgets what the current row introduced, since the row failed. */
  public void rollback() {
    sources.rollback();
    actors.rollback();
    territories.rollback();
  }

  /**
   * The actor with this id, staged or committed.
   *
   * @param id the actor id
   * @return the actor, if seen
   */
  @Override
  public Optional<Actor> actor(ActorId id) {
    return actors.get(id.value());
  }

  /**
   * The territory with this id, staged or committed.
   *
   * @param id the territory id
   * @return the territory, if seen
   */
  @Override
  public Optional<Territory> territory(TerritoryId id) {
    return territories.get(id.value());
  }

  /**
   * The source with this id, staged or committed.
   *
   * @param id the source id
   * @return the source, if seen
   */
  @Override
  public Optional<Source> source(SourceId id) {
    return sources.get(id.value());
  }
}
