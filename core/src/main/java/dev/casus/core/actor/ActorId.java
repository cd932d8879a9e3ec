package dev.casus.core.actor;

import dev.casus.core.entity.EntityId;
import dev.casus.core.entity.EntityKind;
import dev.casus.core.entity.IdGrammar;
import org.immutables.value.Value;

/**
 * The id of an {@link Actor}: a reference by id that the type system keeps apart from the ids of other
 * entity kinds. Ids follow the grammar of {@link EntityId}.
 */
@Value.Immutable
public abstract class ActorId implements EntityId, Comparable<ActorId> {

  ActorId() {}

  /**
   * The Actor id with this value.
   *
   * @param value the id, following the grammar of {@link EntityId}
   * @return the id
   * @throws IllegalArgumentException if {@code value} breaks the id grammar
   */
  public static ActorId of(String value) {
    return ImmutableActorId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Override
  public final EntityKind kind() {
    return EntityKind.ACTOR;
  }

  @Value.Check
  final void check() {
    IdGrammar.check("ActorId", value());
  }

  @Override
  public final int compareTo(ActorId other) {
    return value().compareTo(other.value());
  }

  @Override
  public final String toString() {
    return value();
  }
}
