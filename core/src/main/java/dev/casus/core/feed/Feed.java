package dev.casus.core.feed;

import com.google.common.collect.ImmutableMap;
import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.entity.EntityId;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * One document of conflict reporting: the sources, actors, territories, incidents, statements and
 * casualty reports a producer publishes together, with the schema version, the producer and the
 * creation time. The seed article is one feed.
 *
 * <p>Ids are unique per entity kind within a feed (an invariant). References between entities are
 * not: a feed may point at entities published elsewhere, and checking references is the job of
 * validation.
 */
@Value.Immutable
public abstract class Feed implements FeedMetadata {

  Feed() {}

  /**
   * A builder for a feed.
   *
   * @return a new builder
   */
  public static ImmutableFeed.Builder builder() {
    return ImmutableFeed.builder();
  }

  /**
   * The feed's metadata without its entities, as the first line of a JSON Lines feed carries it.
   *
   * @return the header
   */
  public FeedHeader header() {
    return FeedHeader.builder().from(this).build();
  }

  /**
   * Where the facts were published.
   *
   * @return the sources
   */
  public abstract List<Source> sources();

  /**
   * Who acts and speaks.
   *
   * @return the actors
   */
  public abstract List<Actor> actors();

  /**
   * The places.
   *
   * @return the territories
   */
  public abstract List<Territory> territories();

  /**
   * What happened.
   *
   * @return the incidents
   */
  public abstract List<Incident> incidents();

  /**
   * Who said what.
   *
   * @return the statements
   */
  public abstract List<Statement> statements();

  /**
   * The casualty counts, as reported.
   *
   * @return the casualty reports
   */
  public abstract List<CasualtyReport> casualtyReports();

  /**
   * The source with this id.
   *
   * @param id the id
   * @return the source, if the feed holds it
   */
  public Optional<Source> source(SourceId id) {
    return Optional.ofNullable(sourceIndex().get(id));
  }

  /**
   * The actor with this id.
   *
   * @param id the id
   * @return the actor, if the feed holds it
   */
  public Optional<Actor> actor(ActorId id) {
    return Optional.ofNullable(actorIndex().get(id));
  }

  /**
   * The territory with this id.
   *
   * @param id the id
   * @return the territory, if the feed holds it
   */
  public Optional<Territory> territory(TerritoryId id) {
    return Optional.ofNullable(territoryIndex().get(id));
  }

  /**
   * The incident with this id.
   *
   * @param id the id
   * @return the incident, if the feed holds it
   */
  public Optional<Incident> incident(IncidentId id) {
    return Optional.ofNullable(incidentIndex().get(id));
  }

  /**
   * The statement with this id.
   *
   * @param id the id
   * @return the statement, if the feed holds it
   */
  public Optional<Statement> statement(StatementId id) {
    return Optional.ofNullable(statementIndex().get(id));
  }

  /**
   * The casualty report with this id.
   *
   * @param id the id
   * @return the report, if the feed holds it
   */
  public Optional<CasualtyReport> casualtyReport(CasualtyReportId id) {
    return Optional.ofNullable(casualtyReportIndex().get(id));
  }

  /**
   * Whether the feed holds an entity with this id (of the id's kind).
   *
   * @param id any entity id
   * @return true if the feed holds it
   */
  public boolean contains(EntityId id) {
    switch (id.kind()) {
      case SOURCE:
        return sourceIndex().containsKey(id);
      case ACTOR:
        return actorIndex().containsKey(id);
      case TERRITORY:
        return territoryIndex().containsKey(id);
      case INCIDENT:
        return incidentIndex().containsKey(id);
      case STATEMENT:
        return statementIndex().containsKey(id);
      case CASUALTY_REPORT:
        return casualtyReportIndex().containsKey(id);
    }
    throw new AssertionError(id.kind());
  }

  /**
   * How many entities the feed holds, all kinds together.
   *
   * @return the entity count
   */
  public int entityCount() {
    return sources().size()
        + actors().size()
        + territories().size()
        + incidents().size()
        + statements().size()
        + casualtyReports().size();
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<SourceId, Source> sourceIndex() {
    return index("sources", sources(), Source::id);
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<ActorId, Actor> actorIndex() {
    return index("actors", actors(), Actor::id);
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<TerritoryId, Territory> territoryIndex() {
    return index("territories", territories(), Territory::id);
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<IncidentId, Incident> incidentIndex() {
    return index("incidents", incidents(), Incident::id);
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<StatementId, Statement> statementIndex() {
    return index("statements", statements(), Statement::id);
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<CasualtyReportId, CasualtyReport> casualtyReportIndex() {
    return index("casualtyReports", casualtyReports(), CasualtyReport::id);
  }

  private static <K, V> ImmutableMap<K, V> index(String field, List<V> entities, Function<V, K> id) {
    ImmutableMap.Builder<K, V> map = ImmutableMap.builderWithExpectedSize(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      V entity = entities.get(i);
      map.put(id.apply(entity), entity);
    }
    try {
      return map.buildOrThrow();
    } catch (IllegalArgumentException duplicate) {
      // rare: find the first repeated id again, for a message that names both indexes
      throw duplicateId(field, entities, id);
    }
  }

  private static <K, V> IllegalArgumentException duplicateId(
      String field, List<V> entities, Function<V, K> id) {
    Map<K, Integer> seen = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      K key = id.apply(entities.get(i));
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        return new IllegalArgumentException(
            "Feed."
                + field
                + " holds the id \""
                + key
                + "\" twice, at index "
                + first
                + " and "
                + i);
      }
    }
    throw new AssertionError("ImmutableMap found a duplicate key in Feed." + field);
  }

  @Value.Check
  final void check() {
    FeedMetadata.check("Feed", this);
  }
}
