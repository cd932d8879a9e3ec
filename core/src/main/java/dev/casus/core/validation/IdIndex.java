package dev.casus.core.validation;

import dev.casus.core.entity.EntityKind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids a feed holds, per entity kind, with the record that first used each: the only thing a
 * streaming check must remember about every entity. Reports {@link FindingCode#DUPLICATE_ID}.
 */
final class IdIndex {
  private final EnumMap<EntityKind, Map<String, RecordPosition>> firstUse =
      new EnumMap<>(EntityKind.class);

  /**
   * Records an entity's id; reports a duplicate if the kind already has it.
   *
   * @return true if the id is new, false for a duplicate
   */
  boolean register(
      EntityKind kind,
      String id,
      RecordPosition record,
      Place idPlace,
      ValidationReport.Collector collector) {
    Map<String, RecordPosition> ids = firstUse.computeIfAbsent(kind, k -> new HashMap<>());
    RecordPosition first = ids.putIfAbsent(id, record);
    if (first == null) {
      return true;
    }
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
    return false;
  }

  /** Whether an entity of this kind and id has been seen. */
  boolean contains(EntityKind kind, String id) {
    Map<String, RecordPosition> ids = firstUse.get(kind);
    return ids != null && ids.containsKey(id);
  }
}
