package dev.casus.jackson.deser;

import dev.casus.core.entity.EntityId;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The entities a strict read of a feed document has read so far, in reading order: each one's id,
 * array and index, and where it starts. A strict read stops at its first error, and a feed with a
 * duplicate id cannot be built, so the ids need not be looked up as they come (a random access to
 * a table that, for a large feed, is out of the processor's caches every time): they are checked
 * only when the read fails or the feed refuses to be built, and then the first duplicate in
 * reading order is the error the read reports, as if it had been found as it came.
 */
final class IdLog {

  private @Nullable EntityId[] ids;
  private int[] indexes;
  /** Per entity, its array: an index into {@link #members} and {@link #kinds}. */
  private byte[] arrays;
  private long[] lineAndColumns;
  private long[] offsets;
  private int size;
  /** The arrays met so far (a feed object has six at most), in order. */
  private final String[] members = new String[6];
  private final String[] kinds = new String[6];
  private int arrayCount;
  private int current = -1;

  /**
   * A log sized for about {@code expected} entities (it grows past that).
   *
   * @param expected the expected number of entities
   */
  IdLog(int expected) {
    int n = Math.max(16, expected);
    ids = new EntityId[n];
    indexes = new int[n];
    arrays = new byte[n];
    lineAndColumns = new long[n];
    offsets = new long[n];
  }

  /**
   * Logs an entity read.
   *
   * @param id its id
   * @param member the feed member that holds it, e.g. {@code "incidents"}: one of the feed's
   *     constant names
   * @param kind its kind, for the message, e.g. {@code "incident"}
   * @param index its index in that member's array
   * @param lineAndColumn where it starts, as {@link ReadContext#tokenLineAndColumn()} gave it
   * @param offset where it starts, as {@link ReadContext#tokenOffset()} gave it
   */
  void add(
      EntityId id, String member, String kind, int index, long lineAndColumn, long offset) {
    if (current < 0 || !members[current].equals(member)) {
      current = array(member, kind);
    }
    if (size == ids.length) {
      int n = size * 2;
      ids = Arrays.copyOf(ids, n);
      indexes = Arrays.copyOf(indexes, n);
      arrays = Arrays.copyOf(arrays, n);
      lineAndColumns = Arrays.copyOf(lineAndColumns, n);
      offsets = Arrays.copyOf(offsets, n);
    }
    ids[size] = id;
    indexes[size] = index;
    arrays[size] = (byte) current;
    lineAndColumns[size] = lineAndColumn;
    offsets[size] = offset;
    size++;
  }

  private int array(String member, String kind) {
    for (int a = 0; a < arrayCount; a++) {
      if (members[a].equals(member)) {
        return a;
      }
    }
    if (arrayCount == members.length) {
      throw new IllegalStateException("more than " + members.length + " entity arrays");
    }
    members[arrayCount] = member;
    kinds[arrayCount] = kind;
    return arrayCount++;
  }

  /**
   * The first entity, in reading order, whose id an earlier entity of its array has, as the
   * {@link FindingCode#DUPLICATE_ID} finding a read that looked ids up as they came would have
   * reported.
   *
   * @param c the context, which places the finding
   * @param feedPointer the pointer of the feed object
   * @return the finding, or null if the ids of each array are distinct
   */
  @Nullable Finding firstDuplicate(ReadContext c, String feedPointer) {
    // one table for all arrays: ids of different kinds are never equal, and a feed object holds
    // each array once (a repeated member is skipped)
    IdTable table = new IdTable(size);
    for (int i = 0; i < size; i++) {
      int first = table.putIfAbsent(ids[i], indexes[i]);
      if (first >= 0) {
        return c.findingAt(
            FindingCode.DUPLICATE_ID,
            FeedDeserializer.duplicateId(kinds[arrays[i]], ids[i], first),
            feedPointer + "/" + members[arrays[i]] + "/" + indexes[i],
            (int) (lineAndColumns[i] >>> 32),
            (int) lineAndColumns[i],
            offsets[i]);
      }
    }
    return null;
  }
}
