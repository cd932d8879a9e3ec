package dev.casus.core.casualty;

import dev.casus.core.entity.EntityId;
import dev.casus.core.entity.EntityKind;
import dev.casus.core.entity.IdGrammar;
import org.immutables.value.Value;

/**
 * The id of a {@link CasualtyReport}: a reference by id that the type system keeps apart from the ids of other
 * entity kinds. Ids follow the grammar of {@link EntityId}.
 */
@Value.Immutable
public abstract class CasualtyReportId implements EntityId, Comparable<CasualtyReportId> {

  CasualtyReportId() {}

  /**
   * The CasualtyReport id with this value.
   *
   * @param value the id, following the grammar of {@link EntityId}
   * @return the id
   * @throws IllegalArgumentException if {@code value} breaks the id grammar
   */
  public static CasualtyReportId of(String value) {
    return ImmutableCasualtyReportId.of(value);
  }

  @Override
  @Value.Parameter
  public abstract String value();

  @Override
  public final EntityKind kind() {
    return EntityKind.CASUALTY_REPORT;
  }

  @Value.Check
  final void check() {
    IdGrammar.check("CasualtyReportId", value());
  }

  @Override
  public final int compareTo(CasualtyReportId other) {
    return value().compareTo(other.value());
  }

  @Override
  public final String toString() {
    return value();
  }
}
