package dev.casus.core.casualty;

import com.google.common.collect.ImmutableList;
import dev.casus.core.actor.ActorId;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.estimate.ImmutableEstimate;
import dev.casus.core.source.SourceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reconciles several casualty reports, typically about one incident, into one low / best / high
 * per outcome, group and side, the way UCDP GED publishes its figures, while keeping which reports
 * and sources each figure rests on.
 *
 * <p>The rule, for the figures that share an outcome, group and side:
 *
 * <ul>
 *   <li>low is the lowest low any report gives;
 *   <li>high is the highest high, or open if any report leaves its high open ("at least");
 *   <li>best is the median of the best figures given (the lower middle one for an even count),
 *       or absent if no report gives a best figure.
 * </ul>
 *
 * <p>This keeps {@code low <= best <= high}, never invents a figure nobody reported, and lets a
 * consumer see the spread: for Ganja, "one civilian killed" by the Azerbaijani authorities and a
 * later "at least two" from another source reconcile to low 1, best 1, high open.
 */
public final class CasualtyReconciliation {

  private CasualtyReconciliation() {}

  /**
   * Reconciles the figures of the given reports.
   *
   * @param reports the reports to reconcile, in the order their figures should be listed
   * @return one reconciled count per outcome, group and side, in first-seen order
   */
  public static ImmutableList<ReconciledCount> reconcile(Collection<CasualtyReport> reports) {
    Map<Key, List<Contribution>> byKey = new LinkedHashMap<>();
    for (CasualtyReport report : reports) {
      for (CasualtyFigure figure : report.figures()) {
        Key key = new Key(figure.outcome(), figure.group(), figure.side());
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Contribution(report, figure));
      }
    }
    ImmutableList.Builder<ReconciledCount> out = ImmutableList.builder();
    for (Map.Entry<Key, List<Contribution>> e : byKey.entrySet()) {
      out.add(reconcile(e.getKey(), e.getValue()));
    }
    return out.build();
  }

  private static ReconciledCount reconcile(Key key, List<Contribution> contributions) {
    long low = Long.MAX_VALUE;
    boolean open = false;
    long high = 0;
    List<Long> bests = new ArrayList<>();
    Set<CasualtyReportId> reportIds = new LinkedHashSet<>();
    Set<SourceId> sources = new LinkedHashSet<>();
    for (Contribution c : contributions) {
      Estimate count = c.figure.count();
      low = Math.min(low, count.low());
      OptionalLong h = count.high();
      if (h.isPresent()) {
        high = Math.max(high, h.getAsLong());
      } else {
        open = true;
      }
      count.best().ifPresent(bests::add);
      reportIds.add(c.report.id());
      sources.addAll(c.report.sources());
    }
    ImmutableEstimate.Builder estimate = Estimate.builder().low(low);
    if (!bests.isEmpty()) {
      bests.sort(null);
      estimate.best(bests.get((bests.size() - 1) / 2));
    }
    if (!open) {
      estimate.high(high);
    }
    return ReconciledCount.builder()
        .outcome(key.outcome)
        .group(key.group)
        .side(key.side)
        .estimate(estimate.build())
        .reports(reportIds)
        .sources(sources)
        .build();
  }

  private record Key(CasualtyOutcome outcome, CasualtyGroup group, Optional<ActorId> side) {}

  private record Contribution(CasualtyReport report, CasualtyFigure figure) {}
}
