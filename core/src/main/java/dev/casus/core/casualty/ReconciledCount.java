package dev.casus.core.casualty;

import dev.casus.core.actor.ActorId;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.source.SourceId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Several reported counts of one outcome, group and side, reconciled into one UCDP-style low /
 * best / high, with the reports and sources it rests on. Produced by {@link
 * CasualtyReconciliation}; the reports themselves stay in the feed, unchanged.
 */
@Value.Immutable
public abstract class ReconciledCount {

  ReconciledCount() {}

  /**
   * A builder for a reconciled count.
   *
   * @return a new builder
   */
  public static ImmutableReconciledCount.Builder builder() {
    return ImmutableReconciledCount.builder();
  }

  /**
   * What happened to the people counted.
   *
   * @return the outcome
   */
  public abstract CasualtyOutcome outcome();

  /**
   * Who they were.
   *
   * @return the group
   */
  public abstract CasualtyGroup group();

  /**
   * The side counted, if the figures were per side.
   *
   * @return the side, if any
   */
  public abstract Optional<ActorId> side();

  /**
   * The reconciled count: the lowest low, the median of the best figures, the highest high (open
   * if any report is open).
   *
   * @return the estimate
   */
  public abstract Estimate estimate();

  /**
   * The reports whose figures were reconciled, in the order given.
   *
   * @return the report ids, never empty
   */
  public abstract List<CasualtyReportId> reports();

  /**
   * The sources of those reports, without repeats, in first-seen order.
   *
   * @return the source ids, possibly empty
   */
  public abstract List<SourceId> sources();
}
