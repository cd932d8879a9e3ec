package dev.casus.core.feed;

import dev.casus.core.entity.EntityId;
import java.util.List;
import java.util.function.Function;

/**
 * Checks that the entities of one kind have distinct ids, with an open-addressing table of each
 * id's hash and its entity's index packed into one {@code long}: no entry object, no boxed index,
 * no reference kept afterwards. Ids are compared only when their hashes are equal, so a feed too
 * large for the processor's caches is checked without reaching back to earlier ids in memory.
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
    // a slot holds the id's hash in its high half and the entity's index + 1 in its low half;
    // 0 is an empty slot
    long[] slots = new long[capacity];
    for (int i = 0; i < n; i++) {
      EntityId key = id.apply(entities.get(i));
      int h = key.hashCode() * 0x9E3779B9;
      h ^= h >>> 16;
      int slot = h & mask;
      long s;
      while ((s = slots[slot]) != 0) {
        if ((int) (s >>> 32) == h) {
          int other = (int) s - 1;
          if (id.apply(entities.get(other)).equals(key)) {
            throw new IllegalArgumentException(
                "Feed." + field + " holds the id \"" + key + "\" twice, at index " + other
                    + " and " + i);
          }
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = ((long) h << 32) | (i + 1);
    }
  }
}
