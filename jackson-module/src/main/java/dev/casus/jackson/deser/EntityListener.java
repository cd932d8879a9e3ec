package dev.casus.jackson.deser;

import dev.casus.core.entity.Entity;
import dev.casus.core.entity.EntityId;

/**
 * Told of each entity a feed document holds as it is read, with its place: the array member
 * ({@code "incidents"}) and the index in it. Validation uses it to point model-level findings at
 * the entity's place in the document, whatever entities before it were broken and left out.
 */
@FunctionalInterface
public interface EntityListener {

  /** A listener that ignores every entity. */
  EntityListener NONE = (entity, member, index) -> {};

  /**
   * An entity was read; also called for an entity whose id duplicates an earlier one's, which the
   * feed leaves out.
   *
   * @param entity the entity
   * @param member the feed member holding it ({@code "sources"}, ..., {@code "casualtyReports"})
   * @param index its index in that array
   */
  void entity(Entity entity, String member, int index);

  /**
   * An entity that could not be read (its findings say why) but whose id could: validation still
   * counts the id as present, so that references to the entity are not also reported unresolved.
   *
   * @param id the id the broken entity declares
   * @param member the feed member holding it
   * @param index its index in that array
   */
  default void unreadable(EntityId id, String member, int index) {}
}
