package dev.casus.jackson.deser;

import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.entity.EntityId;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.TerritoryId;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an entity id (a string of the id grammar) as one of the six id types.
 *
 * @param <T> the id type
 */
public final class IdDeserializer<T extends EntityId> extends CasusDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** Reads a {@link SourceId}. */
  public static final IdDeserializer<SourceId> SOURCE =
      new IdDeserializer<>(SourceId.class, Ids::source);

  /** Reads an {@link ActorId}. */
  public static final IdDeserializer<ActorId> ACTOR =
      new IdDeserializer<>(ActorId.class, Ids::actor);

  /** Reads a {@link TerritoryId}. */
  public static final IdDeserializer<TerritoryId> TERRITORY =
      new IdDeserializer<>(TerritoryId.class, Ids::territory);

  /** Reads an {@link IncidentId}. */
  public static final IdDeserializer<IncidentId> INCIDENT =
      new IdDeserializer<>(IncidentId.class, Ids::incident);

  /** Reads a {@link StatementId}. */
  public static final IdDeserializer<StatementId> STATEMENT =
      new IdDeserializer<>(StatementId.class, Ids::statement);

  /** Reads a {@link CasualtyReportId}. */
  public static final IdDeserializer<CasualtyReportId> CASUALTY_REPORT =
      new IdDeserializer<>(CasualtyReportId.class, Ids::casualtyReport);

  @SuppressWarnings("serial") // a method reference to a static reader; never serialized
  private final transient Decoder<T> reader;

  private IdDeserializer(Class<T> type, Decoder<T> reader) {
    super(type);
    this.reader = reader;
  }

  @Override
  public @Nullable T decode(ReadContext c) throws IOException {
    return reader.decode(c);
  }
}
