package dev.casus.core.incident;

import dev.casus.core.entity.EntityId;
import dev.casus.core.entity.EntityKind;
import dev.casus.core.entity.IdGrammar;
import org.immutables.value.Value;

/**
 * The id of an {@link Incident}: a reference by id that the type system keeps apart from the ids of other
 * entity kinds. Ids follow the grammar of {@link EntityId}.
 */
@Value.Immutable
public abstract class IncidentId implements EntityId, Comparable<IncidentId> {

  IncidentId() {}

  /**
   * The Incident id with this value.
   *
   * @param value the id, following the grammar of {@link EntityId}
   * @return the id
   * @throws IllegalArgumentException if {@code value} breaks the id grammar
   */
  public static IncidentId of(String value) {
    return ImmutableIncidentId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Override
  public final EntityKind kind() {
    return EntityKind.INCIDENT;
  }

  @Value.Check
  final void check() {
    IdGrammar.check("IncidentId", value());
  }

  @Override
  public final int compareTo(IncidentId other) {
    return value().compareTo(other.value());
  }

  @Override
  public final String toString() {
    return value();
  }
}
