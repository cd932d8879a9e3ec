package dev.casus.core.actor;

import dev.casus.core.entity.Entity;
import dev.casus.core.extension.Extensions;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.name.Name;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.text.FreeText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A state, government body, armed force, de-facto authority, non-state group, international
 * organisation or person that acts or speaks in conflict reporting.
 *
 * <p>In the seed feed: Azerbaijan and Armenia (states); the Armenian Defence Ministry (a government
 * body); Hikmet Hajiyev, aide to President Ilham Aliyev (a person, with the alias "Ilkham Aliyev"
 * for the President); Shushan Stepanian, the ministry's spokeswoman; Arayik Harutyunyan,
 * Nagorno-Karabakh's leader; the OSCE Minsk Group (an international organisation).
 */
@Value.Immutable
public abstract class Actor implements Entity {

  Actor() {}

  /**
   * A builder for an actor.
   *
   * @return a new builder
   */
  public static ImmutableActor.Builder builder() {
    return ImmutableActor.builder();
  }

  /**
   * The actor's id in its feed.
   *
   * @return the id
   */
  @Override
  public abstract ActorId id();

  /**
   * What sort of actor this is.
   *
   * @return the kind
   */
  public abstract ActorKind kind();

  /**
   * The name the feed uses for the actor.
   *
   * @return the primary name
   */
  public abstract Name name();

  /**
   * Other names and spellings found in reporting ("Ilkham Aliyev" for "Ilham Aliyev").
   *
   * @return the aliases, possibly empty
   */
  public abstract List<Name> aliases();

  /**
   * The country the actor belongs to or acts for, as a territory of the feed.
   *
   * @return the country, if known
   */
  public abstract Optional<TerritoryId> country();

  /**
   * The actor's roles in other actors, over time.
   *
   * @return the affiliations, possibly empty
   */
  public abstract List<Affiliation> affiliations();

  /**
   * Identifiers of this actor elsewhere (Wikidata, ACLED actor names are not ids).
   *
   * @return the external ids, possibly empty
   */
  public abstract List<ExternalId> externalIds();

  /**
   * A short description ("aide to Azerbaijani President Ilham Aliyev").
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * Producer extensions: members named {@code x-...}, as raw JSON text, kept through reading and
   * writing unchanged (see {@link Extensions}).
   *
   * @return extension member name to raw JSON text, possibly empty
   */
  @Override
  public abstract Map<String, String> extensions();

  @Value.Check
  final void check() {
    Extensions.check("Actor", extensions());
    description().ifPresent(d -> FreeText.check("Actor", "description", d));
    for (Affiliation a : affiliations()) {
      if (a.organisation().equals(id())) {
        throw new IllegalArgumentException(
            "Actor.affiliations must not name the actor itself: " + id());
      }
    }
  }
}
