package dev.casus.core.validation;

import dev.casus.core.entity.EntityKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The ids a feed holds, per entity kind, with the record that first used each: the only thing a
 * streaming check must remember about every entity. Reports {@link FindingCode#DUPLICATE_ID}.
 *
 * <p>Kept compact, since a stream of millions of records must fit in a small heap: per kind, the
 * ids' bytes in an {@link IdArena}, an open-addressing table of int entry numbers, and per entry
 * its hash, where its bytes start and its record (a JSON Lines record as its line number; any
 * other {@link RecordPosition} in a side list). About 30 bytes per id instead of some 150 for a
 * {@code HashMap<String, RecordPosition>}.
 *
 * <p>An entry may also stand for an id that is only linked to so far (the target of a {@code
 * partOf} or {@code parent} not yet seen), so that cycle checks can use entry numbers; such an
 * entry is not {@link #contains contained} until an entity declares the id.
 */
final class IdIndex {

  /** No record: the id is only linked to, not declared. */
  private static final int UNDECLARED = 0;

  /** No value in the incident start column. */
  static final int NO_DAY = Integer.MIN_VALUE;

  private final EnumMap<EntityKind, Table> tables = new EnumMap<>(EntityKind.class);
  private final List<RecordPosition> otherPositions = new ArrayList<>();

  /**
   * Registers the first use of an id.
   *
   * @return null if the id is new; otherwise the record that used it first
   */
  @Nullable RecordPosition register(EntityKind kind, String id, RecordPosition record) {
    Table t = table(kind);
    int e = t.entry(id, true);
    int position = t.positions[e];
    if (position != UNDECLARED) {
      return position(position);
    }
    t.positions[e] = encode(record);
    return null;
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
    Table t = tables.get(kind);
    if (t == null) {
      return false;
    }
    int e = t.entry(id, false);
    return e >= 0 && t.positions[e] != UNDECLARED;
  }

  /** Whether an entity of this kind has the id stored in {@code arena} at {@code [from, to)}. */
  boolean contains(EntityKind kind, IdArena arena, int from, int to, int hash) {
    Table t = tables.get(kind);
    if (t == null) {
      return false;
    }
    int e = t.entry(arena, from, to, hash);
    return e >= 0 && t.positions[e] != UNDECLARED;
  }

  /** The entry number of an id of this kind, declared or not (adding it if needed). */
  int handle(EntityKind kind, String id) {
    return table(kind).entry(id, true);
  }

  /** How many entry numbers this kind has given out. */
  int handles(EntityKind kind) {
    Table t = tables.get(kind);
    return t == null ? 0 : t.count;
  }

  /** The id with entry number {@code handle}. */
  String id(EntityKind kind, int handle) {
    return table(kind).id(handle);
  }

  /** Records the day an incident begins (as {@code LocalDate.toEpochDay()}) unless known. */
  void startIfAbsent(String incident, int epochDay) {
    Table t = table(EntityKind.INCIDENT);
    int e = t.entry(incident, true);
    if (t.days == null || e >= t.days.length) {
      int length = Math.max(16, t.positions.length);
      int old = t.days == null ? 0 : t.days.length;
      t.days = t.days == null ? new int[length] : Arrays.copyOf(t.days, length);
      Arrays.fill(t.days, old, length, NO_DAY);
    }
    if (t.days[e] == NO_DAY) {
      t.days[e] = epochDay;
    }
  }

  /** The day an incident begins as {@code LocalDate.toEpochDay()}, or {@link #NO_DAY}. */
  int start(String incident) {
    Table t = tables.get(EntityKind.INCIDENT);
    if (t == null || t.days == null) {
      return NO_DAY;
    }
    int e = t.entry(incident, false);
    return e < 0 || e >= t.days.length ? NO_DAY : t.days[e];
  }

  private Table table(EntityKind kind) {
    return tables.computeIfAbsent(kind, k -> new Table());
  }

  /**
   * A JSON Lines position as its line (1 to 2^31-1); any other position as minus its index in a
   * side list, minus one.
   */
  private int encode(RecordPosition record) {
    if (record.line().isPresent()
        && record.pointer().isEmpty()
        && record.ordinal() == record.line().getAsLong()
        && record.ordinal() <= Integer.MAX_VALUE) {
      return (int) record.ordinal();
    }
    otherPositions.add(record);
    return -otherPositions.size();
  }

  private RecordPosition position(int encoded) {
    return encoded > 0 ? RecordPosition.onLine(encoded) : otherPositions.get(-encoded - 1);
  }

  /**
   * The ids of one kind. The first {@link #STRINGS} ids are kept as strings (fast to compare, and
   * in memory anyway when a whole feed is validated); past that, as bytes in an {@link IdArena}.
   */
  private static final class Table {
    /** How many ids are kept as strings before the table moves them all to its arena. */
    static final int STRINGS = 1 << 15;

    @Nullable String @Nullable [] strings = new String[32];
    final IdArena arena = new IdArena();
    /** Entry number + 1 per slot, 0 for a free slot. */
    int[] slots = new int[64];
    int @Nullable [] starts;
    int[] hashes = new int[32];
    int[] positions = new int[32];
    int @Nullable [] days;
    int count;

    /** The entry of {@code id}, or -1 if absent and {@code add} is false. */
    int entry(String id, boolean add) {
      int hash = id.hashCode();
      int mask = slots.length - 1;
      int i = spread(hash) & mask;
      int s;
      while ((s = slots[i]) != 0) {
        int e = s - 1;
        if (hashes[e] == hash && same(e, id)) {
          return e;
        }
        i = (i + 1) & mask;
      }
      if (!add) {
        return -1;
      }
      int e = count++;
      if (e == hashes.length) {
        int length = e + (e >> 1);
        hashes = Arrays.copyOf(hashes, length);
        positions = Arrays.copyOf(positions, length);
        if (strings != null) {
          strings = Arrays.copyOf(strings, length);
        }
        if (starts != null) {
          starts = Arrays.copyOf(starts, length);
        }
      }
      hashes[e] = hash;
      positions[e] = UNDECLARED;
      if (strings != null) {
        strings[e] = id;
      } else {
        requireNonNull(starts)[e] = arena.append(id);
      }
      slots[i] = e + 1;
      // at most 70% full: probes stay short, and the table costs under 6 bytes an id
      if (count * 10 > slots.length * 7) {
        rehash();
      }
      if (strings != null && count >= STRINGS) {
        toArena();
      }
      return e;
    }

    /** The entry of the id stored at {@code [from, to)} of {@code other}, or -1. */
    int entry(IdArena other, int from, int to, int hash) {
      int mask = slots.length - 1;
      int i = spread(hash) & mask;
      int s;
      while ((s = slots[i]) != 0) {
        int e = s - 1;
        if (hashes[e] == hash && same(e, other, from, to)) {
          return e;
        }
        i = (i + 1) & mask;
      }
      return -1;
    }

    String id(int e) {
      @Nullable String @Nullable [] keys = strings;
      if (keys != null) {
        return requireNonNull(keys[e]);
      }
      return arena.id(requireNonNull(starts)[e], end(e));
    }

    private boolean same(int e, String id) {
      @Nullable String @Nullable [] keys = strings;
      if (keys != null) {
        return id.equals(keys[e]);
      }
      return arena.matches(requireNonNull(starts)[e], end(e), id);
    }

    private boolean same(int e, IdArena other, int from, int to) {
      @Nullable String @Nullable [] keys = strings;
      if (keys != null) {
        return other.matches(from, to, requireNonNull(keys[e]));
      }
      return arena.matches(requireNonNull(starts)[e], end(e), other, from, to);
    }

    /** Moves every id from its string to the arena. */
    private void toArena() {
      @Nullable String[] keys = requireNonNull(strings);
      int[] at = new int[hashes.length];
      for (int e = 0; e < count; e++) {
        at[e] = arena.append(requireNonNull(keys[e]));
      }
      starts = at;
      strings = null;
    }

    private int end(int e) {
      return e + 1 < count ? requireNonNull(starts)[e + 1] : arena.size();
    }

    private void rehash() {
      int[] bigger = new int[slots.length * 2];
      int mask = bigger.length - 1;
      for (int e = 0; e < count; e++) {
        int i = spread(hashes[e]) & mask;
        while (bigger[i] != 0) {
          i = (i + 1) & mask;
        }
        bigger[i] = e + 1;
      }
      slots = bigger;
    }

    private static int spread(int h) {
      int x = h * 0x9E3779B9;
      return x ^ (x >>> 16);
    }

    private static <T> T requireNonNull(@Nullable T value) {
      if (value == null) {
        throw new IllegalStateException("IdIndex: a table in neither form");
      }
      return value;
    }
  }
}
