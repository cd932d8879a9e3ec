package dev.casus.core.validation;

import dev.casus.core.entity.EntityKind;
import java.util.Arrays;

/**
 * Finds cycles in a link from an entity to another of its kind (a territory's {@code parent}, an
 * incident's or source's {@code partOf}). It keeps one edge per entity (two ids and a place) and
 * reports each cycle once, at the link of the member that comes first in the document, listing the
 * members in link order.
 *
 * <p>Ids are the entry numbers of the {@link IdIndex} (linked-to ids not declared yet get one
 * too), edges are int arrays in the order they were recorded, and their places a {@link
 * PlaceList}, so that a stream with hundreds of thousands of links stays small.
 */
final class CycleCheck {
  private final FindingCode code;
  private final String description;
  private final EntityKind kind;
  private final IdIndex ids;
  /** Per entry number of a child: its edge number + 1, or 0 if it has no edge. */
  private int[] edgeOf = new int[16];
  private int[] children = new int[16];
  private int[] targets = new int[16];
  private final PlaceList places = new PlaceList();
  private int count;

  /**
   * @param code the code of a cycle finding
   * @param description what the cycle is, for messages: {@code territory parents}
   * @param kind the kind of the linked entities
   * @param ids the index that numbers their ids
   */
  CycleCheck(FindingCode code, String description, EntityKind kind, IdIndex ids) {
    this.code = code;
    this.description = description;
    this.kind = kind;
    this.ids = ids;
  }

  /** Records that {@code child} links to {@code target}, at {@code place}; keeps the first link. */
  void link(String child, String target, Place place) {
    int c = ids.handle(kind, child);
    if (c < edgeOf.length && edgeOf[c] != 0) {
      return;
    }
    int t = ids.handle(kind, target);
    int n = count++;
    if (n == children.length) {
      int length = n + (n >> 1);
      children = Arrays.copyOf(children, length);
      targets = Arrays.copyOf(targets, length);
    }
    children[n] = c;
    targets[n] = t;
    places.add(place);
    if (c >= edgeOf.length) {
      edgeOf = Arrays.copyOf(edgeOf, Math.max(c + 1, edgeOf.length + (edgeOf.length >> 1)));
    }
    edgeOf[c] = n + 1;
  }

  /** Reports every cycle among the recorded links. */
  void finish(ValidationReport.Collector collector) {
    // 0: not visited; 1: on the path being followed; 2: done
    byte[] state = new byte[ids.handles(kind)];
    int[] path = new int[16];
    for (int e = 0; e < count; e++) {
      int length = 0;
      int node = children[e];
      while (node >= 0 && state[node] == 0) {
        state[node] = 1;
        if (length == path.length) {
          path = Arrays.copyOf(path, length * 2);
        }
        path[length++] = node;
        int edge = edge(node);
        node = edge < 0 ? -1 : targets[edge];
      }
      if (node >= 0 && state[node] == 1) {
        int from = 0;
        while (path[from] != node) {
          from++;
        }
        report(Arrays.copyOfRange(path, from, length), collector);
      }
      for (int i = 0; i < length; i++) {
        state[path[i]] = 2;
      }
    }
    count = 0;
    places.clear();
  }

  private int edge(int node) {
    return node < edgeOf.length ? edgeOf[node] - 1 : -1;
  }

  private void report(int[] cycle, ValidationReport.Collector collector) {
    int first = 0;
    for (int i = 1; i < cycle.length; i++) {
      if (placeOf(cycle[i]).isBefore(placeOf(cycle[first]))) {
        first = i;
      }
    }
    StringBuilder members = new StringBuilder();
    for (int i = 0; i <= cycle.length; i++) {
      members
          .append(i == 0 ? "" : " -> ")
          .append(ids.id(kind, cycle[(first + i) % cycle.length]));
    }
    placeOf(cycle[first])
        .report(
            collector,
            code,
            description
                + " form a cycle: "
                + members
                + "; nothing can be part of itself, so correct or remove one of these links");
  }

  private Place placeOf(int node) {
    int edge = edge(node);
    if (edge < 0) {
      throw new IllegalStateException("no link recorded for " + ids.id(kind, node));
    }
    return places.get(edge);
  }
}
