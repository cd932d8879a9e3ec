package dev.casus.core.validation;

import dev.casus.core.entity.Entity;
import dev.casus.core.entity.EntityId;
import dev.casus.core.entity.EntityKind;
import dev.casus.core.feed.FeedMetadata;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Optional;

/**
 * The model-level checks of a feed read one entity at a time, as a JSON Lines reader does: give it
 * the header (if any), then every entity with its position, then call {@link #finish()}.
 *
 * <p>It never holds an entity. It remembers the ids of the feed (to detect duplicates and resolve
 * references), the references it could not resolve yet, one link per territory, incident and source
 * (for cycles) and one day per incident (for dates): memory grows with the number of ids and
 * references, not with the size of the entities. Checks that need the whole feed (unresolved
 * references, cycles, reports about incidents further on) report at {@link #finish()}, at their
 * place in document order.
 *
 * <p>Codes: {@link FindingCode#DUPLICATE_ID}, {@link FindingCode#UNRESOLVED_REFERENCE}, {@link
 * FindingCode#TERRITORY_CYCLE}, {@link FindingCode#INCIDENT_CYCLE}, {@link
 * FindingCode#SOURCE_CYCLE}, {@link FindingCode#DATED_BEFORE_INCIDENT}, {@link
 * FindingCode#ASSERTS_AND_DENIES}, {@link FindingCode#DATED_AFTER_FEED}, {@link
 * FindingCode#INCIDENT_WITHOUT_LOCATION}. {@link ModelValidator} runs the same checks over a feed
 * in memory.
 */
public final class StreamingChecks {
  final ValidationReport.Collector collector;
  final IdIndex ids = new IdIndex();
  final ReferenceCheck references = new ReferenceCheck(ids);
  final IncidentDates incidentDates = new IncidentDates(ids);
  private final EnumMap<EntityKind, CycleCheck> cycles = new EnumMap<>(EntityKind.class);
  private Optional<Instant> createdAt = Optional.empty();
  private Optional<LocalDate> createdDay = Optional.empty();
  private boolean partialFeed;
  private boolean started;
  private boolean finished;

  /**
   * Checks that report into {@code collector}, which may also receive the findings of the JSON
   * reader.
   *
   * @param collector where findings go
   */
  public StreamingChecks(ValidationReport.Collector collector) {
    this.collector = collector;
    cycles.put(
        EntityKind.TERRITORY,
        new CycleCheck(FindingCode.TERRITORY_CYCLE, "territory parents", EntityKind.TERRITORY, ids));
    cycles.put(
        EntityKind.INCIDENT,
        new CycleCheck(
            FindingCode.INCIDENT_CYCLE, "incident partOf links", EntityKind.INCIDENT, ids));
    cycles.put(
        EntityKind.SOURCE,
        new CycleCheck(FindingCode.SOURCE_CYCLE, "source partOf links", EntityKind.SOURCE, ids));
  }

  /**
   * Checks with a new collector for {@code profile}.
   *
   * @param profile the validation profile
   * @return the checks
   */
  public static StreamingChecks start(ValidationProfile profile) {
    return new StreamingChecks(ValidationReport.collector(profile));
  }

  /**
   * The collector findings go to.
   *
   * @return the collector
   */
  public ValidationReport.Collector collector() {
    return collector;
  }

  /**
   * Takes the feed's metadata: its creation time (for {@link FindingCode#DATED_AFTER_FEED}) and
   * whether it is partial (unresolved references are then warnings). Without a header (a JSON Lines
   * feed without its first line) dates are not compared with the feed's creation.
   *
   * @param header the feed or its header
   * @throws IllegalStateException if a header or a record was already given
   */
  public void header(FeedMetadata header) {
    if (started) {
      throw new IllegalStateException(
          "StreamingChecks.header must come first, before any record and only once");
    }
    started = true;
    createdAt = Optional.of(header.createdAt());
    createdDay = Optional.of(LocalDate.ofInstant(header.createdAt(), ZoneOffset.UTC));
    partialFeed = header.partial();
  }

  /**
   * Checks one entity. Entities must arrive in document order (in JSON Lines, line by line).
   *
   * @param entity a source, actor, territory, incident, statement or casualty report
   * @param position where the entity is in its input
   * @throws IllegalStateException if {@link #finish()} was called
   * @throws IllegalArgumentException if {@code entity} is not one of the model's entities
   */
  public void accept(Entity entity, RecordPosition position) {
    if (finished) {
      throw new IllegalStateException("StreamingChecks.accept called after finish()");
    }
    started = true;
    collector.countRecord();
    EntityWalker.walk(entity, new RecordScope(this, position));
  }

  /**
   * Declares an entity that is in the input but could not be read, by its id: references to it
   * resolve, and another entity with the same id is still reported as a duplicate. Nothing else
   * about it is checked: its own findings (from the reader) say what is wrong with it. Without
   * this, one broken record would also make every reference to it unresolved.
   *
   * @param id the id the broken entity declares
   * @param position where the entity is in its input
   * @throws IllegalStateException if {@link #finish()} was called
   */
  public void acceptUnreadable(EntityId id, RecordPosition position) {
    if (finished) {
      throw new IllegalStateException("StreamingChecks.acceptUnreadable called after finish()");
    }
    started = true;
    new RecordScope(this, position).id(id);
  }

  /**
   * Runs the checks that need the whole feed and returns the report of everything collected.
   *
   * @return the report
   * @throws IllegalStateException if called twice
   */
  public ValidationReport finish() {
    if (finished) {
      throw new IllegalStateException("StreamingChecks.finish called twice");
    }
    finished = true;
    references.finish(collector, partialFeed);
    cycles.values().forEach(c -> c.finish(collector));
    incidentDates.finish(collector);
    return collector.build();
  }

  Optional<Instant> createdAt() {
    return createdAt;
  }

  /** The UTC day the feed was created, worked out once, not per dated record. */
  Optional<LocalDate> createdDay() {
    return createdDay;
  }

  CycleCheck cycles(EntityKind kind) {
    CycleCheck check = cycles.get(kind);
    if (check == null) {
      throw new IllegalArgumentException("no cycle check for " + kind);
    }
    return check;
  }
}
