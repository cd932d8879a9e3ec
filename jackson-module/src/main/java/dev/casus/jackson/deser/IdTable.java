package dev.casus.jackson.deser;

import dev.casus.core.entity.EntityId;
import org.jspecify.annotations.Nullable;

/**
 * The ids a feed document has declared so far, with the index of the entity that declared each:
 * an open-addressing table that stores the index as an {@code int}, so that checking a feed of a
 * million entities for duplicate ids allocates neither an entry nor a boxed index per entity.
 *
 * <p>The ids are kept in chunks of {@value #CHUNK} slots (the hashes and indexes, being primitive,
 * are one array). One array of a million references would be a humongous object for the G1 collector: allocated outside the young generation and, being an
 * array of references, not reclaimed early, so that after the read it would keep every id it
 * points at alive through the next young collections, which then copy hundreds of megabytes of
 * garbage.
 */
final class IdTable {

  private static final int CHUNK_BITS = 14;
  private static final int CHUNK = 1 << CHUNK_BITS;

  // a slot holds the id's hash in its high half and the index + 1 in its low half (0: empty);
  // the id itself is looked at only when the hashes are equal, so a large feed's earlier ids,
  // long out of the processor's caches, are not reached back to on every collision
  private long[] slots;
  private @Nullable EntityId[][] keys;
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
    slots = new long[capacity];
    keys = new EntityId[capacity / chunk][chunk];
    mask = capacity - 1;
  }

  /**
   * Adds an id unless it is already there.
   *
   * @param id the id
   * @param index the index of the entity that declares it, 0 or more
   * @return -1 if the id was added; otherwise the index given with it the first time
   */
  int putIfAbsent(EntityId id, int index) {
    int h = spread(id.hashCode());
    int i = h & mask;
    long s;
    while ((s = slots[i]) != 0) {
      if ((int) (s >>> 32) == h && id.equals(keys[i >>> CHUNK_BITS][i & (CHUNK - 1)])) {
        return (int) s - 1;
      }
      i = (i + 1) & mask;
    }
    slots[i] = ((long) h << 32) | (index + 1);
    keys[i >>> CHUNK_BITS][i & (CHUNK - 1)] = id;
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
    long[] oldSlots = slots;
    @Nullable EntityId[][] oldKeys = keys;
    int oldMask = mask;
    allocate((mask + 1) * 2);
    for (int j = 0; j <= oldMask; j++) {
      long s = oldSlots[j];
      if (s != 0) {
        int i = (int) (s >>> 32) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = s;
        keys[i >>> CHUNK_BITS][i & (CHUNK - 1)] = oldKeys[j >>> CHUNK_BITS][j & (CHUNK - 1)];
      }
    }
  }
}
