package dev.casus.core.actor;

import dev.casus.core.text.FreeText;
import dev.casus.core.time.EdtfTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An actor's place in another actor, over a time: Shushan Stepanian is spokeswoman of the Armenian
 * Defence Ministry; Hikmet Hajiyev is aide to President Ilham Aliyev; Vahram Poghosyan is
 * spokesman of Arayik Harutyunyan.
 */
@Value.Immutable
public abstract class Affiliation {

  Affiliation() {}

  /**
   * An affiliation with an organisation (or a person) and no role or period.
   *
   * @param organisation the actor the affiliated actor belongs to or serves
   * @return the affiliation
   */
  public static Affiliation of(ActorId organisation) {
    return ImmutableAffiliation.builder().organisation(organisation).build();
  }

  /**
   * An affiliation in a named role.
   *
   * @param organisation the actor the affiliated actor belongs to or serves
   * @param role the role, as reported ("spokeswoman", "aide to the President")
   * @return the affiliation
   */
  public static Affiliation of(ActorId organisation, String role) {
    return ImmutableAffiliation.builder().organisation(organisation).role(role).build();
  }

  /**
   * A builder for an affiliation.
   *
   * @return a new builder
   */
  public static ImmutableAffiliation.Builder builder() {
    return ImmutableAffiliation.builder();
  }

  /**
   * The actor the affiliated actor belongs to or serves: a ministry, a government, a person.
   *
   * @return the organisation's id
   */
  public abstract ActorId organisation();

  /**
   * The role held, as reported.
   *
   * @return the role, if known
   */
  public abstract Optional<String> role();

  /**
   * When the affiliation held (an EDTF date or interval, e.g. {@code 2018/..}).
   *
   * @return the period, if known
   */
  public abstract Optional<EdtfTime> period();

  @Value.Check
  final void check() {
    role().ifPresent(r -> FreeText.check("Affiliation", "role", r));
  }
}
