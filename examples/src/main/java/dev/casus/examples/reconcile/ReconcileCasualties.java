package dev.casus.examples.reconcile;

import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReconciliation;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.casualty.ReconciledCount;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.SourceId;
import dev.casus.core.time.EdtfTime;
import dev.casus.examples.seed.KarabakhFeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reconciles several casualty reports about one incident into one low / best / high per outcome
 * and group, the way UCDP GED publishes its figures, without losing who reported what.
 *
 * <p>The incident is the missile strike on Ganja of 2020-10-04. The seed article has one report
 * (the Azerbaijani authorities: one civilian killed, 32 injured); this example adds a
 * <em>hypothetical</em> later report, not in the article, to show how differing figures combine:
 * the lowest low, the median of the best figures (the lower middle one for an even count), and the
 * highest high, open if any report says "at least".
 *
 * <pre>{@code
 * java -cp <classpath> dev.casus.examples.reconcile.ReconcileCasualties
 * }</pre>
 */
public final class ReconcileCasualties {

  static final IncidentId GANJA_STRIKE = IncidentId.of("inc-ganja-strike-2020-10-04");
  static final ActorId AZERBAIJAN = ActorId.of("act-azerbaijan");

  private ReconcileCasualties() {}

  /**
   * Prints the reports about the Ganja strike and their reconciled figures.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    List<CasualtyReport> reports = reports();

    System.out.println("Casualty reports about " + GANJA_STRIKE + ":");
    for (CasualtyReport report : reports) {
      System.out.println(
          "  "
              + report.id()
              + " by "
              + report.reportedBy().map(ActorId::toString).orElse("(unknown)")
              + ", as of "
              + report.asOf().map(EdtfTime::toEdtf).orElse("(undated)")
              + ", sources "
              + join(report.sources()));
      for (CasualtyFigure figure : report.figures()) {
        System.out.println(
            "    " + what(figure.outcome(), figure.group(), figure.side()) + ": "
                + describe(figure.count()));
      }
    }

    // The reconciliation itself: one call. The reports stay as they are.
    List<ReconciledCount> reconciled = CasualtyReconciliation.reconcile(reports);

    System.out.println("Reconciled (lowest low, median best, highest high):");
    for (ReconciledCount count : reconciled) {
      Estimate e = count.estimate();
      System.out.println(
          "  "
              + what(count.outcome(), count.group(), count.side())
              + ": low "
              + e.low()
              + ", best "
              + (e.best().isPresent() ? String.valueOf(e.best().getAsLong()) : "none given")
              + ", high "
              + (e.high().isPresent() ? String.valueOf(e.high().getAsLong()) : "open"));
      System.out.println(
          "    from " + join(count.reports()) + "; sources " + join(count.sources()));
    }
  }

  /**
   * The reports to reconcile: every report in the seed feed about the Ganja strike, then a
   * hypothetical follow-up.
   *
   * @return the reports, seed first
   */
  static List<CasualtyReport> reports() {
    Feed seed = KarabakhFeed.build();
    List<CasualtyReport> reports = new ArrayList<>();
    for (CasualtyReport report : seed.casualtyReports()) {
      if (report.incident().equals(Optional.of(GANJA_STRIKE))) {
        reports.add(report);
      }
    }
    reports.add(hypotheticalFollowUp());
    return reports;
  }

  /**
   * HYPOTHETICAL, not in the seed article: a report two days later raising the toll to "at least
   * two" killed and 34 injured.
   */
  private static CasualtyReport hypotheticalFollowUp() {
    return CasualtyReport.builder()
        .id(CasualtyReportId.of("cr-ganja-follow-up-hypothetical"))
        .reportedBy(ActorId.of("act-azerbaijani-authorities"))
        .asOf(EdtfTime.parse("2020-10-06"))
        .incident(GANJA_STRIKE)
        .addFigure(
            CasualtyFigure.builder()
                .outcome(CasualtyOutcome.KILLED)
                .group(CasualtyGroup.CIVILIAN)
                .side(AZERBAIJAN) // the same side as the seed's figures, so they are reconciled
                .count(Estimate.atLeast(2).withText("at least two civilians"))
                .build())
        .addFigure(
            CasualtyFigure.builder()
                .outcome(CasualtyOutcome.INJURED)
                .group(CasualtyGroup.CIVILIAN)
                .side(AZERBAIJAN)
                .count(Estimate.exactly(34))
                .build())
        .addSource(SourceId.of("src-hypothetical-follow-up"))
        .notes("Hypothetical: not in the seed article; added to show reconciliation")
        .build();
  }

  /** "killed civilian (side act-azerbaijan)". */
  private static String what(
      CasualtyOutcome outcome, CasualtyGroup group, Optional<ActorId> side) {
    return outcome.wireName()
        + " "
        + group.wireName()
        + side.map(s -> " (side " + s + ")").orElse("");
  }

  /** "32 \"32 others\"", "at least 2", "30 to 40, best 33". */
  private static String describe(Estimate e) {
    String n;
    if (e.isExact()) {
      n = String.valueOf(e.low());
    } else if (e.high().isEmpty()) {
      n = "at least " + e.low();
    } else {
      n = e.low() + " to " + e.high().getAsLong();
    }
    if (!e.isExact() && e.best().isPresent()) {
      n += ", best " + e.best().getAsLong();
    }
    return n + e.text().map(t -> " \"" + t + "\"").orElse("");
  }

  private static String join(List<?> ids) {
    return ids.isEmpty()
        ? "(none)"
        : ids.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
