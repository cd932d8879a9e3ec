package dev.casus.jackson.deser;

import dev.casus.core.entity.EntityId;
import org.jspecify.annotations.Nullable;

/**
 * The ids a feed document has declared so far, with the index of the entity that declared each:
 * an open-addressing table that stores the index as an {@code int}, so that checking a feed of a
 * million entities for duplicate ids allocates neither an entry nor a boxed index per entity.
 */
final class IdTable {

  private @Nullable EntityId[] keys;
  private int[] indexes;
  private int mask;
  private int size;

  /**
   * A table sized for about {@code expected} ids (it grows past that).
   *
   * @param expected the expected number of ids
   */
  IdTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
    this.keys = new EntityId[capacity];
    this.indexes = new int[capacity];
    this.mask = capacity - 1;
  }

  /**
   * Adds an id unless it is already there.
   *
   * @param id the id
   * @param index the index of the entity that declares it
   * @return -1 if the id was added; otherwise the index given with it the first time
   */
  int putIfAbsent(EntityId id, int index) {
    int i = spread(id.hashCode()) & mask;
    EntityId key;
    while ((key = keys[i]) != null) {
      if (key.equals(id)) {
        return indexes[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = id;
    indexes[i] = index;
    if (++size * 2 > keys.length) {
      grow();
    }
    return -1;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private void grow() {
    @Nullable EntityId[] oldKeys = keys;
    int[] oldIndexes = indexes;
    int capacity = oldKeys.length * 2;
    keys = new EntityId[capacity];
    indexes = new int[capacity];
    mask = capacity - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      EntityId key = oldKeys[j];
      if (key != null) {
        int i = spread(key.hashCode()) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = key;
        indexes[i] = oldIndexes[j];
      }
    }
  }
}
