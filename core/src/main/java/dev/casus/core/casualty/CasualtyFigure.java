package dev.casus.core.casualty;

import dev.casus.core.actor.ActorId;
import dev.casus.core.estimate.Estimate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One count in a casualty report: an outcome (killed, injured, ...) for a group (civilian,
 * military, unknown), optionally on one side, with the count as an {@link Estimate}. "One civilian
 * has been killed" is {@code KILLED × CIVILIAN = exactly 1}.
 */
@Value.Immutable
public abstract class CasualtyFigure {

  CasualtyFigure() {}

  /**
   * A figure for no particular side.
   *
   * @param outcome what happened to the people counted
   * @param group who they were
   * @param count how many, with its uncertainty
   * @return the figure
   */
  public static CasualtyFigure of(CasualtyOutcome outcome, CasualtyGroup group, Estimate count) {
    return ImmutableCasualtyFigure.builder().outcome(outcome).group(group).count(count).build();
  }

  /**
   * A builder for a casualty figure.
   *
   * @return a new builder
   */
  public static ImmutableCasualtyFigure.Builder builder() {
    return ImmutableCasualtyFigure.builder();
  }

  /**
   * What happened to the people counted.
   *
   * @return the outcome
   */
  public abstract CasualtyOutcome outcome();

  /**
   * Who they were: civilians, military, or unknown.
   *
   * @return the group
   */
  public abstract CasualtyGroup group();

  /**
   * The side the people belonged to (UCDP's deaths_a / deaths_b), when reported.
   *
   * @return the side, if known
   */
  public abstract Optional<ActorId> side();

  /**
   * How many, with the uncertainty and the original phrase.
   *
   * @return the count
   */
  public abstract Estimate count();
}
