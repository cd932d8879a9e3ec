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

  private static final int CHUNK_BITS = 14;
  private static final int CHUNK = 1 << CHUNK_BITS;

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
    int chunk = Math.min(capacity, CHUNK);
    // in chunks: one big array of references would be a humongous object for G1 (see IdTable in
    // casus-jackson), keeping the ids it points at alive through young collections after the check
    @Nullable EntityId[][] keys = new EntityId[capacity / chunk][chunk];
    int[][] indexes = new int[capacity / chunk][chunk];
    for (int i = 0; i < n; i++) {
      EntityId key = id.apply(entities.get(i));
      int h = key.hashCode() * 0x9E3779B9;
      int slot = (h ^ (h >>> 16)) & mask;
      EntityId other;
      while ((other = keys[slot >>> CHUNK_BITS][slot & (CHUNK - 1)]) != null) {
        if (other.equals(key)) {
          throw new IllegalArgumentException(
              "Feed."
                  + field
                  + " holds the id \""
                  + key
                  + "\" twice, at index "
                  + indexes[slot >>> CHUNK_BITS][slot & (CHUNK - 1)]
                  + " and "
                  + i);
        }
        slot = (slot + 1) & mask;
      }
      keys[slot >>> CHUNK_BITS][slot & (CHUNK - 1)] = key;
      indexes[slot >>> CHUNK_BITS][slot & (CHUNK - 1)] = i;
    }
  }
}
