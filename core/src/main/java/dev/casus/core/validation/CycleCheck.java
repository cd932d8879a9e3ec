package dev.casus.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds cycles in a link from an entity to another of its kind (a territory's {@code parent}, an
 * incident's or source's {@code partOf}). It keeps one edge per entity (two ids and a place) and
 * reports each cycle once, at the link of the member that comes first in the document, listing the
 * members in link order.
 */
final class CycleCheck {
  private final FindingCode code;
  private final String description;
  private final Map<String, Edge> edges = new LinkedHashMap<>();

  /**
   * @param code the code of a cycle finding
   * @param description what the cycle is, for messages: {@code territory parents}
   */
  CycleCheck(FindingCode code, String description) {
    this.code = code;
    this.description = description;
  }

  /** Records that {@code child} links to {@code target}, at {@code place}; keeps the first link. */
  void link(String child, String target, Place place) {
    edges.putIfAbsent(child, new Edge(target, place));
  }

  /** Reports every cycle among the recorded links. */
  void finish(ValidationReport.Collector collector) {
    Map<String, Boolean> onCurrentPath = new HashMap<>();
    for (String start : edges.keySet()) {
      List<String> path = new ArrayList<>();
      @Nullable String node = start;
      while (node != null && !onCurrentPath.containsKey(node)) {
        onCurrentPath.put(node, true);
        path.add(node);
        Edge edge = edges.get(node);
        node = edge == null ? null : edge.target();
      }
      if (node != null && Boolean.TRUE.equals(onCurrentPath.get(node))) {
        report(path.subList(path.indexOf(node), path.size()), collector);
      }
      path.forEach(n -> onCurrentPath.put(n, false));
    }
    edges.clear();
  }

  private void report(List<String> cycle, ValidationReport.Collector collector) {
    int first = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (placeOf(cycle.get(i)).isBefore(placeOf(cycle.get(first)))) {
        first = i;
      }
    }
    StringBuilder members = new StringBuilder();
    for (int i = 0; i <= cycle.size(); i++) {
      members.append(i == 0 ? "" : " -> ").append(cycle.get((first + i) % cycle.size()));
    }
    placeOf(cycle.get(first))
        .report(
            collector,
            code,
            description
                + " form a cycle: "
                + members
                + "; nothing can be part of itself, so correct or remove one of these links");
  }

  private Place placeOf(String id) {
    Edge edge = edges.get(id);
    if (edge == null) {
      throw new IllegalStateException("no link recorded for " + id);
    }
    return edge.place();
  }

  private record Edge(String target, Place place) {}
}
