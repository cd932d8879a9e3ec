package dev.casus.core.statement;

import dev.casus.core.entity.EntityId;
import dev.casus.core.entity.EntityKind;
import dev.casus.core.entity.IdGrammar;
import org.immutables.value.Value;

/**
 * The id of a {@link Statement}: a reference by id that the type system keeps apart from the ids of other
 * entity kinds. Ids follow the grammar of {@link EntityId}.
 */
@Value.Immutable
public abstract class StatementId implements EntityId, Comparable<StatementId> {

  StatementId() {}

  /**
   * The Statement id with this value.
   *
   * @param value the id, following the grammar of {@link EntityId}
   * @return the id
   * @throws IllegalArgumentException if {@code value} breaks the id grammar
   */
  public static StatementId of(String value) {
    return ImmutableStatementId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Override
  public final EntityKind kind() {
    return EntityKind.STATEMENT;
  }

  @Value.Check
  final void check() {
    IdGrammar.check("StatementId", value());
  }

  @Override
  public final int compareTo(StatementId other) {
    return value().compareTo(other.value());
  }

  @Override
  public final String toString() {
    return value();
  }
}
