package dev.casus.core.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Places kept for checks that end with the stream (unresolved references, cycles), column by
 * column in arrays rather than as one object each: about 30 bytes a place. The member names of a
 * place ({@code participants}, {@code attributedIn}, {@code /actor}) come in few combinations,
 * kept once each and referred to by number; the line is kept as "none" or "the record's own"
 * (the only two cases streaming and document validation produce), any other in a side map.
 */
final class PlaceList {
  private static final byte NO_LINE = 0;
  private static final byte LINE_IS_RECORD = 1;
  private static final byte OTHER_LINE = 2;

  private long[] records = new long[16];
  private int[] sequences = new int[16];
  private byte[] lineKinds = new byte[16];
  private int[] indexes = new int[16];
  private int[] indexes2 = new int[16];
  private int[] shapes = new int[16];
  private @Nullable String[] bases = new String[16];
  private final Map<Integer, Long> otherLines = new HashMap<>();
  private final List<Shape> shapeList = new ArrayList<>();
  private final Map<Shape, Integer> shapeNumbers = new HashMap<>();
  private int size;
  private int lastShape = -1;

  /** The member names of a place: {@code /array/i/array2/j + last}. */
  private record Shape(@Nullable String array, @Nullable String array2, String last) {}

  /** Adds a place; returns its number. */
  int add(Place p) {
    int n = size++;
    if (n == records.length) {
      int length = n + (n >> 1);
      records = Arrays.copyOf(records, length);
      sequences = Arrays.copyOf(sequences, length);
      lineKinds = Arrays.copyOf(lineKinds, length);
      indexes = Arrays.copyOf(indexes, length);
      indexes2 = Arrays.copyOf(indexes2, length);
      shapes = Arrays.copyOf(shapes, length);
      bases = Arrays.copyOf(bases, length);
    }
    records[n] = p.record();
    sequences[n] = p.sequence();
    long line = p.line();
    if (line < 0) {
      lineKinds[n] = NO_LINE;
    } else if (line == p.record()) {
      lineKinds[n] = LINE_IS_RECORD;
    } else {
      lineKinds[n] = OTHER_LINE;
      otherLines.put(n, line);
    }
    indexes[n] = p.index();
    indexes2[n] = p.index2();
    bases[n] = p.base();
    shapes[n] = shape(p.array(), p.array2(), p.last());
    return n;
  }

  /** The number of a shape: member names are constants, so the last one used usually matches. */
  @SuppressWarnings("ReferenceEquality") // identity first; equal strings are found by the map
  private int shape(@Nullable String array, @Nullable String array2, String last) {
    int recent = lastShape;
    if (recent >= 0) {
      Shape s = shapeList.get(recent);
      if (s.array() == array && s.array2() == array2 && s.last() == last) {
        return recent;
      }
    }
    Shape shape = new Shape(array, array2, last);
    Integer number = shapeNumbers.get(shape);
    if (number == null) {
      number = shapeList.size();
      shapeList.add(shape);
      shapeNumbers.put(shape, number);
    }
    lastShape = number;
    return number;
  }

  /** The place with number {@code n}. */
  Place get(int n) {
    Shape shape = shapeList.get(shapes[n]);
    long line;
    if (lineKinds[n] == NO_LINE) {
      line = -1;
    } else if (lineKinds[n] == LINE_IS_RECORD) {
      line = records[n];
    } else {
      Long other = otherLines.get(n);
      line = other == null ? -1 : other;
    }
    String base = bases[n];
    return new Place(
        records[n],
        sequences[n],
        base == null ? "" : base,
        shape.array(),
        indexes[n],
        shape.array2(),
        indexes2[n],
        shape.last(),
        line);
  }

  /** Moves place {@code from} to number {@code to} (to &lt;= from), for compacting a list. */
  void move(int from, int to) {
    if (from == to) {
      return;
    }
    records[to] = records[from];
    sequences[to] = sequences[from];
    lineKinds[to] = lineKinds[from];
    indexes[to] = indexes[from];
    indexes2[to] = indexes2[from];
    shapes[to] = shapes[from];
    bases[to] = bases[from];
    // whatever was at "to" has been moved on or dropped already
    otherLines.remove(to);
    Long other = otherLines.remove(from);
    if (other != null) {
      otherLines.put(to, other);
    }
  }

  /** Keeps the first {@code n} places and forgets the others. */
  void truncate(int n) {
    Arrays.fill(bases, n, size, null);
    otherLines.keySet().removeIf(k -> k >= n);
    size = n;
  }

  /** How many places there are. */
  int size() {
    return size;
  }

  /** Forgets every place. */
  void clear() {
    truncate(0);
  }
}
