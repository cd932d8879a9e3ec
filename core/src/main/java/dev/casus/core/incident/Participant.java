package dev.casus.core.incident;

import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.statement.StatementId;
import java.util.List;
import org.immutables.value.Value;

/**
 * An actor's part in an incident and how certain that part is. The strike on Ganja has Armenia as
 * perpetrator, <em>alleged</em> by Hajiyev's tweet and <em>denied</em> by Stepanian's post, and the
 * Nagorno-Karabakh authorities as perpetrator, <em>claimed</em> by Harutyunyan: three participants,
 * each pointing at the statements that make the attribution.
 */
@Value.Immutable
public abstract class Participant {

  Participant() {}

  /**
   * A participant with no supporting statements.
   *
   * @param actor the actor
   * @param role the actor's role in the incident
   * @param certainty how certain the role is
   * @return the participant
   */
  public static Participant of(ActorId actor, ParticipantRole role, Certainty certainty) {
    return ImmutableParticipant.builder().actor(actor).role(role).certainty(certainty).build();
  }

  /**
   * A builder for a participant.
   *
   * @return a new builder
   */
  public static ImmutableParticipant.Builder builder() {
    return ImmutableParticipant.builder();
  }

  /**
   * The actor taking part.
   *
   * @return the actor's id
   */
  public abstract ActorId actor();

  /**
   * The role the actor played (perpetrator, target, ...).
   *
   * @return the role
   */
  public abstract ParticipantRole role();

  /**
   * How certain the role is: confirmed, alleged, claimed, denied or unknown.
   *
   * @return the certainty
   */
  public abstract Certainty certainty();

  /**
   * The statements that make this attribution (the accusation, the denial, the claim).
   *
   * @return the statements, possibly empty
   */
  public abstract List<StatementId> attributedIn();
}
