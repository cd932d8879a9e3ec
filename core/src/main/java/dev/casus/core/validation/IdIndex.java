package dev.casus.core.validation;

import dev.casus.core.entity.EntityKind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The ids a feed holds, per entity kind, with the record that first used each: the only thing a
 * streaming check must remember about every entity. Reports {@link FindingCode#DUPLICATE_ID}.
 */
final class IdIndex {
  private final EnumMap<EntityKind, Map<String, RecordPosition>> firstUse =
      new EnumMap<>(EntityKind.class);

  /**
   * Registers the first use of an id.
   *
   * @return null if the id is new; otherwise the record that used it first
   */
  @Nullable RecordPosition register(EntityKind kind, String id, RecordPosition record) {
    Map<String, RecordPosition> ids = firstUse.computeIfAbsent(kind, k -> new HashMap<>());
    return ids.putIfAbsent(id, record);
  }

  /** Reports {@link FindingCode#DUPLICATE_ID} for an id first used by {@code first}. */
  void reportDuplicate(
      EntityKind kind,
      String id,
      RecordPosition first,
      Place idPlace,
      ValidationReport.Collector collector) {
    String noun = KindNames.noun(kind);
    idPlace.report(
        collector,
        FindingCode.DUPLICATE_ID,
        noun
            + " id \""
            + id
            + "\" is already used by the "
            + noun
            + " at "
            + first.describe()
            + "; ids must be unique per entity kind: rename one of them");
  }

  /** Whether an entity of this kind and id has been seen. */
  boolean contains(EntityKind kind, String id) {
    Map<String, RecordPosition> ids = firstUse.get(kind);
    return ids != null && ids.containsKey(id);
  }
}
