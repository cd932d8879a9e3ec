package dev.casus.core.statement;

import dev.casus.core.entity.EntityId;
import org.immutables.value.Value;

/**
 * What a statement is about and the stance it takes on it: Hajiyev's tweet <em>asserts</em> the
 * strike on Ganja; Stepanian's post <em>denies</em> it and <em>disputes</em> Hajiyev's tweet. The
 * subject may be any entity: an incident, an actor, a territory, another statement.
 */
@Value.Immutable
public abstract class Subject {

  Subject() {}

  /**
   * A subject with its stance.
   *
   * @param about the entity the statement is about
   * @param stance what the statement says of it
   * @return the subject
   */
  public static Subject of(EntityId about, Stance stance) {
    return ImmutableSubject.of(about, stance);
  }

  /**
   * The entity the statement is about.
   *
   * @return the entity's id, typed by its kind
   */
  @Value.Parameter
  public abstract EntityId about();

  /**
   * What the statement says of it.
   *
   * @return the stance
   */
  @Value.Parameter
  public abstract Stance stance();
}
