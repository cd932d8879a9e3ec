package dev.casus.jackson.deser;

import dev.casus.core.entity.EntityId;
import org.jspecify.annotations.Nullable;

/**
 * The ids a feed document has declared so far, with the index of the entity that declared each:
 * an open-addressing table that stores the index as an {@code int}, so that checking a feed of a
 * million entities for duplicate ids allocates neither an entry nor a boxed index per entity.
 *
 * <p>The table is kept in chunks of {@value #CHUNK} slots. One array of a million references would
 * be a humongous object for the G1 collector: allocated outside the young generation and, being an
 * array of references, not reclaimed early, so that after the read it would keep every id it
 * points at alive through the next young collections, which then copy hundreds of megabytes of
 * garbage.
 */
final class IdTable {

  private static final int CHUNK_BITS = 14;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private @Nullable EntityId[][] keys;
  private int[][] indexes;
  private int mask;
  private int size;

  /**
   * A table sized for about {@code expected} ids (it grows past that).
   *
   * @param expected the expected number of ids
   */
  IdTable(int expected) {
    allocate(Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1);
  }

  private void allocate(int capacity) {
    int chunk = Math.min(capacity, CHUNK);
    int chunks = capacity / chunk;
    keys = new EntityId[chunks][chunk];
    indexes = new int[chunks][chunk];
    mask = capacity - 1;
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
    while ((key = keys[i >>> CHUNK_BITS][i & (CHUNK - 1)]) != null) {
      if (key.equals(id)) {
        return indexes[i >>> CHUNK_BITS][i & (CHUNK - 1)];
      }
      i = (i + 1) & mask;
    }
    keys[i >>> CHUNK_BITS][i & (CHUNK - 1)] = id;
    indexes[i >>> CHUNK_BITS][i & (CHUNK - 1)] = index;
    if (++size * 2 > mask + 1) {
      grow();
    }
    return -1;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private void grow() {
    @Nullable EntityId[][] oldKeys = keys;
    int[][] oldIndexes = indexes;
    allocate((mask + 1) * 2);
    for (int c = 0; c < oldKeys.length; c++) {
      for (int j = 0; j < oldKeys[c].length; j++) {
        EntityId key = oldKeys[c][j];
        if (key != null) {
          int i = spread(key.hashCode()) & mask;
          while (keys[i >>> CHUNK_BITS][i & (CHUNK - 1)] != null) {
            i = (i + 1) & mask;
          }
          keys[i >>> CHUNK_BITS][i & (CHUNK - 1)] = key;
          indexes[i >>> CHUNK_BITS][i & (CHUNK - 1)] = oldIndexes[c][j];
        }
      }
    }
  }
}
