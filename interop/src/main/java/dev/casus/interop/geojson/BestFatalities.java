package dev.casus.interop.geojson;

import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.incident.IncidentId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One number of people killed in an incident, for a map label, reconciled from casualty reports
 * that may disagree, without inventing a figure nobody gave.
 *
 * <p>The rule:
 *
 * <ol>
 *   <li>Each {@link CasualtyFigure} of outcome {@link CasualtyOutcome#KILLED} counts with its best
 *       guess, or its low bound when the source gave no best guess ("at least four" counts 4;
 *       "dozens", {@code low 24}, counts 24; an open "up to ten" counts 0).
 *   <li>Within one report, figures for different groups (civilian, military, unknown) or sides are
 *       disjoint and are added (a report never gives the same group and side twice).
 *   <li>Across reports, totals are not added (two reporters count the same dead): the largest
 *       report total is the result.
 * </ol>
 *
 * <p>Only reports about the incident itself count; reports about an enclosing incident or about a
 * territory and period do not. Seed: "One civilian has been killed, and 32 others sustained
 * injuries, authorities said" gives 1 for the Ganja strike.
 */
public final class BestFatalities {

  private BestFatalities() {}

  /**
   * The best fatality count over the reports about {@code incident}: the largest of their {@link
   * #ofReport(CasualtyReport)} totals.
   *
   * @param reports casualty reports, e.g. all of a feed's
   * @param incident the incident
   * @return the count, or empty if no report about the incident has a killed figure
   */
  public static OptionalLong of(Iterable<CasualtyReport> reports, IncidentId incident) {
    OptionalLong best = OptionalLong.empty();
    for (CasualtyReport report : reports) {
      if (report.incident().equals(Optional.of(incident))) {
        OptionalLong total = ofReport(report);
        if (total.isPresent() && (best.isEmpty() || total.getAsLong() > best.getAsLong())) {
          best = total;
        }
      }
    }
    return best;
  }

  /**
   * The killed count of one report: the sum, over its killed figures (one per group and side), of
   * each figure's best guess or else low bound.
   *
   * @param report the report
   * @return the count, or empty if the report has no killed figure
   */
  public static OptionalLong ofReport(CasualtyReport report) {
    Map<Key, Long> byGroup = new LinkedHashMap<>();
    for (CasualtyFigure f : report.figures()) {
      if (f.outcome() == CasualtyOutcome.KILLED) {
        byGroup.merge(new Key(f.group(), f.side()), bestOrLow(f.count()), Math::max);
      }
    }
    if (byGroup.isEmpty()) {
      return OptionalLong.empty();
    }
    long sum = 0;
    for (long n : byGroup.values()) {
      sum = Math.addExact(sum, n);
    }
    return OptionalLong.of(sum);
  }

  /**
   * An estimate's best guess, or its low bound if there is no best guess.
   *
   * @param count the estimate
   * @return the number used for reconciliation
   */
  public static long bestOrLow(Estimate count) {
    return count.best().orElse(count.low());
  }

  private record Key(CasualtyGroup group, Optional<ActorId> side) {}
}
