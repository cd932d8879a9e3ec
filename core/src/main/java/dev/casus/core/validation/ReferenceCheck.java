package dev.casus.core.validation;

import dev.casus.core.entity.EntityKind;
import java.util.Arrays;

/**
 * Checks that references name entities the feed holds. A reference to an id already seen is
 * resolved at once; any other is kept (kind, id and place only) until the end of the feed, since a
 * stream may hold the entity further on. Reports {@link FindingCode#UNRESOLVED_REFERENCE}.
 *
 * <p>Kept references are stored compactly (the id's bytes in an {@link IdArena}, the place in a
 * {@link PlaceList}): a stream may hold hundreds of thousands of references forward.
 */
final class ReferenceCheck {
  private static final EntityKind[] KINDS = EntityKind.values();

  private final IdIndex ids;
  private IdArena pendingIds = new IdArena();
  private final PlaceList places = new PlaceList();
  private byte[] kinds = new byte[16];
  private int[] starts = new int[16];
  private int[] hashes = new int[16];
  private int count;
  /** When {@link #count} reaches this, references that resolve by now are dropped. */
  private int nextCompaction = 1024;

  ReferenceCheck(IdIndex ids) {
    this.ids = ids;
  }

  /** Whether the id is known already (then the reference needs no place and no pending check). */
  boolean resolves(EntityKind kind, String id) {
    return ids.contains(kind, id);
  }

  /** Keeps a reference that does not resolve yet, to be checked again at {@link #finish}. */
  @SuppressWarnings("EnumOrdinal") // one byte a kept reference; read back through KINDS
  void defer(EntityKind kind, String id, Place place) {
    if (count == nextCompaction) {
      compact();
    }
    int n = count++;
    if (n == kinds.length) {
      int length = n + (n >> 1);
      kinds = Arrays.copyOf(kinds, length);
      starts = Arrays.copyOf(starts, length);
      hashes = Arrays.copyOf(hashes, length);
    }
    kinds[n] = (byte) kind.ordinal();
    starts[n] = pendingIds.append(id);
    hashes[n] = id.hashCode();
    places.add(place);
  }

  /**
   * Drops the kept references that resolve by now (in a JSON Lines feed, an incident's {@code
   * attributedIn} resolves once the statements stream by), keeping the others in order. Runs when
   * the list has doubled since the last time, so it costs a constant time per reference.
   */
  private void compact() {
    int kept = 0;
    IdArena compacted = new IdArena();
    for (int n = 0; n < count; n++) {
      EntityKind kind = KINDS[kinds[n]];
      int from = starts[n];
      int to = n + 1 < count ? starts[n + 1] : pendingIds.size();
      if (ids.contains(kind, pendingIds, from, to, hashes[n])) {
        continue;
      }
      kinds[kept] = kinds[n];
      hashes[kept] = hashes[n];
      starts[kept] = compacted.appendBytes(pendingIds, from, to);
      places.move(n, kept);
      kept++;
    }
    places.truncate(kept);
    pendingIds = compacted;
    count = kept;
    nextCompaction = Math.max(1024, 2 * kept);
  }

  /** Reports every kept reference that still does not resolve, in the order they were kept. */
  void finish(ValidationReport.Collector collector, boolean partialFeed) {
    for (int n = 0; n < count; n++) {
      EntityKind kind = KINDS[kinds[n]];
      int from = starts[n];
      int to = n + 1 < count ? starts[n + 1] : pendingIds.size();
      if (ids.contains(kind, pendingIds, from, to, hashes[n])) {
        continue;
      }
      String id = pendingIds.id(from, to);
      String noun = KindNames.noun(kind);
      String missing = "no " + noun + " with id \"" + id + "\" in the feed";
      if (partialFeed) {
        places
            .get(n)
            .report(
                collector,
                FindingCode.UNRESOLVED_REFERENCE,
                Severity.WARNING,
                missing + "; the feed is declared partial, so it may be published elsewhere");
      } else {
        places
            .get(n)
            .report(
                collector,
                FindingCode.UNRESOLVED_REFERENCE,
                missing
                    + "; add the "
                    + noun
                    + ", correct the id, or declare the feed \"partial\": true if it is"
                    + " published elsewhere");
      }
    }
    count = 0;
    places.clear();
  }
}
