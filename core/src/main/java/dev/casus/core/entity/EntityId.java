package dev.casus.core.entity;

/**
 * The identity of one entity in a feed: an opaque string, typed by the kind of entity it names.
 *
 * <p>Grammar, shared by every entity id: between 1 and {@value IdGrammar#MAX_LENGTH} characters,
 * none of them whitespace or a control character. Producers are free to choose the shape within
 * that grammar ({@code "actor:hajiyev"}, a UUID, a URI); consumers must not parse it. Each entity
 * has its own id type ({@code ActorId}, {@code TerritoryId}, ...), so an actor reference cannot be
 * passed where a territory is expected; this interface is what they share, for the places where
 * any entity may be named (what a statement is about).
 */
public interface EntityId {

  /**
   * The id as written on the wire.
   *
   * @return the id string
   */
  String value();

  /**
   * Which kind of entity this id names.
   *
   * @return the entity kind
   */
  EntityKind kind();
}
