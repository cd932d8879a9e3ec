package dev.casus.core.territory;

import dev.casus.core.entity.Entity;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.extension.Extensions;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.name.Name;
import dev.casus.core.text.FreeText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A place in the hierarchy country &gt; region &gt; district &gt; city, with names, codes, a point,
 * population and control over time.
 *
 * <p>In the seed feed: Azerbaijan (a country, ISO 3166-1 {@code AZ}); Nagorno-Karabakh, also "Upper
 * Karabakh" (a region whose control is contested); Stepanakert, its capital; Ganja, Azerbaijan's
 * second-largest city with several hundred thousand residents; Mingachevir, with a water reservoir
 * and a power plant; the Khizi and Absheron regions; Jabrayil, whose control changed in October
 * 2020.
 */
@Value.Immutable
public abstract class Territory implements Entity {

  Territory() {}

  /**
   * A builder for a territory.
   *
   * @return a new builder
   */
  public static ImmutableTerritory.Builder builder() {
    return ImmutableTerritory.builder();
  }

  /**
   * The territory's id in its feed.
   *
   * @return the id
   */
  @Override
  public abstract TerritoryId id();

  /**
   * Its place on the administrative ladder.
   *
   * @return the kind
   */
  public abstract TerritoryKind kind();

  /**
   * The name the feed uses.
   *
   * @return the primary name
   */
  public abstract Name name();

  /**
   * Other names and spellings ("Upper Karabakh" for Nagorno-Karabakh).
   *
   * @return the aliases, possibly empty
   */
  public abstract List<Name> aliases();

  /**
   * The territory this one lies in (Ganja lies in Azerbaijan). Cycles are a validation finding,
   * since the parent may be published in another feed.
   *
   * @return the parent, if any
   */
  public abstract Optional<TerritoryId> parent();

  /**
   * A representative point (a city's centre).
   *
   * @return the point, if known
   */
  public abstract Optional<GeoPoint> point();

  /**
   * How many people live there, as reported ("several hundred thousand residents").
   *
   * @return the population estimate, if reported
   */
  public abstract Optional<Estimate> population();

  /**
   * Who controls it over time, each as claimed by someone.
   *
   * @return the control claims, possibly empty
   */
  public abstract List<ControlClaim> controlClaims();

  /**
   * Identifiers elsewhere: ISO 3166-1 / 3166-2 codes, GeoNames ids, Wikidata QIDs.
   *
   * @return the external ids, possibly empty
   */
  public abstract List<ExternalId> externalIds();

  /**
   * A short description ("hosts a water reservoir and key electricity plant").
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
    Extensions.check("Territory", extensions());
    description().ifPresent(d -> FreeText.check("Territory", "description", d));
    if (parent().isPresent() && parent().get().equals(id())) {
      throw new IllegalArgumentException("Territory.parent must not be the territory itself: " + id());
    }
  }
}
