package dev.casus.core.feed;

import dev.casus.core.entity.EntityId;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks that the entities of one kind have distinct ids, with an open-addressing table of the ids
 * and their indexes: no entry object, no boxed index, no map kept afterwards.
 */
final class UniqueIds {

  private UniqueIds() {}

  /**
   * Throws if two entities of {@code entities} have the same id.
   *
   * @param field the feed member, for the message, e.g. {@code "actors"}
   * @param entities the entities
   * @param id the id of an entity
   * @throws IllegalArgumentException naming the id and both indexes, e.g. {@code Feed.actors
   *     holds the id "act-aze" twice, at index 0 and 2}
   */
  static <V> void check(String field, List<V> entities, Function<V, ? extends EntityId> id) {
    int n = entities.size();
    if (n < 2) {
      return;
    }
    int capacity = Integer.highestOneBit(n * 2 - 1) << 1;
    int mask = capacity - 1;
    @Nullable EntityId[] keys = new EntityId[capacity];
    int[] indexes = new int[capacity];
    for (int i = 0; i < n; i++) {
      EntityId key = id.apply(entities.get(i));
      int h = key.hashCode() * 0x9E3779B9;
      int slot = (h ^ (h >>> 16)) & mask;
      EntityId other;
      while ((other = keys[slot]) != null) {
        if (other.equals(key)) {
          throw new IllegalArgumentException(
              "Feed."
                  + field
                  + " holds the id \""
                  + key
                  + "\" twice, at index "
                  + indexes[slot]
                  + " and "
                  + i);
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      indexes[slot] = i;
    }
  }
}
