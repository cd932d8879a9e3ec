package dev.casus.core.source;

import dev.casus.core.entity.EntityId;
import dev.casus.core.entity.EntityKind;
import dev.casus.core.entity.IdGrammar;
import org.immutables.value.Value;

/**
 * The id of a {@link Source}: a reference by id that the type system keeps apart from the ids of other
 * entity kinds. Ids follow the grammar of {@link EntityId}.
 */
@Value.Immutable
public abstract class SourceId implements EntityId, Comparable<SourceId> {

  SourceId() {}

  /**
   * The Source id with this value.
   *
   * @param value the id, following the grammar of {@link EntityId}
   * @return the id
   * @throws IllegalArgumentException if {@code value} breaks the id grammar
   */
  public static SourceId of(String value) {
    return ImmutableSourceId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Override
  public final EntityKind kind() {
    return EntityKind.SOURCE;
  }

  @Value.Check
  final void check() {
    IdGrammar.check("SourceId", value());
  }

  @Override
  public final int compareTo(SourceId other) {
    return value().compareTo(other.value());
  }

  @Override
  public final String toString() {
    return value();
  }
}
