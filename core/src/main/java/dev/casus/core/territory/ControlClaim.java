package dev.casus.core.territory;

import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.StatementId;
import dev.casus.core.time.EdtfTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who controls a territory, from when, as claimed by whom. Control is contested like everything
 * else: Jabrayil was occupied by Armenian forces until October 2020; on 2020-10-04 President Aliyev
 * announced its liberation, which Casus records as a claim of Azerbaijani control made in his
 * address to the nation, not as a fact.
 */
@Value.Immutable
public abstract class ControlClaim {

  ControlClaim() {}

  /**
   * A builder for a control claim.
   *
   * @return a new builder
   */
  public static ImmutableControlClaim.Builder builder() {
    return ImmutableControlClaim.builder();
  }

  /**
   * The actor said to hold (or contest) the territory.
   *
   * @return the controlling actor
   */
  public abstract ActorId controller();

  /**
   * What kind of control is claimed.
   *
   * @return the control status
   */
  public abstract ControlStatus status();

  /**
   * When the control held, e.g. {@code 2020-10-04/..} (from the announcement on).
   *
   * @return the period, if known
   */
  public abstract Optional<EdtfTime> period();

  /**
   * How certain the claim is.
   *
   * @return the certainty
   */
  public abstract Certainty certainty();

  /**
   * Who makes the claim (President Aliyev for the liberation of Jabrayil).
   *
   * @return the claimant, if known
   */
  public abstract Optional<ActorId> claimedBy();

  /**
   * The statement in which the claim was made.
   *
   * @return the statement, if in the feed
   */
  public abstract Optional<StatementId> statement();

  /**
   * Where the claim was reported.
   *
   * @return the sources, possibly empty
   */
  public abstract List<SourceId> sources();
}
