package dev.casus.core.incident;

import dev.casus.core.entity.Entity;
import dev.casus.core.extension.Extensions;
import dev.casus.core.geo.Location;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.source.SourceId;
import dev.casus.core.text.FreeText;
import dev.casus.core.time.EdtfTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Something that happened at a time and place: a missile strike, a clash, a change of control.
 *
 * <p>In the seed feed: the missile strikes on Ganja and on Mingachevir on Sunday 2020-10-04, the
 * attacks on the Khizi and Absheron regions, and the clashes since 2020-09-27 that the strikes are
 * part of. Who did it is not a field but a list of {@link Participant}s, each with its certainty, so
 * that an accusation and a denial can stand side by side.
 */
@Value.Immutable
public abstract class Incident implements Entity {

  Incident() {}

  /**
   * A builder for an incident.
   *
   * @return a new builder
   */
  public static ImmutableIncident.Builder builder() {
    return ImmutableIncident.builder();
  }

  /**
   * The incident's id in its feed.
   *
   * @return the id
   */
  @Override
  public abstract IncidentId id();

  /**
   * What kind of incident this is (every ACLED sub-event type is one).
   *
   * @return the type
   */
  public abstract IncidentType type();

  /**
   * When it happened, with the precision known ({@code 2020-10-04}, {@code 2020-09-27/..}).
   *
   * @return the time
   */
  public abstract EdtfTime time();

  /**
   * Where it happened, each place with its precision. Empty is allowed but is a validation
   * warning.
   *
   * @return the locations, possibly empty
   */
  public abstract List<Location> locations();

  /**
   * Who took part, in which role, and how certain that is.
   *
   * @return the participants, possibly empty
   */
  public abstract List<Participant> participants();

  /**
   * By what means (missile, rocket, artillery, drone, ...), in canonical order.
   *
   * @return the means, possibly empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<Means> means();

  /**
   * What was hit or aimed at (residential area, infrastructure, military object), in canonical
   * order.
   *
   * @return the target categories, possibly empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<TargetCategory> targets();

  /**
   * How established the incident is: reported, confirmed, disputed or retracted.
   *
   * @return the status; {@link IncidentStatus#REPORTED} unless set
   */
  @Value.Default
  public IncidentStatus status() {
    return IncidentStatus.REPORTED;
  }

  /**
   * A neutral summary in the producer's words (ACLED's notes).
   *
   * @return the summary, if any
   */
  public abstract Optional<String> summary();

  /**
   * The larger incident this one is part of (the strike on Ganja is part of the clashes since
   * 2020-09-27).
   *
   * @return the enclosing incident, if any
   */
  public abstract Optional<IncidentId> partOf();

  /**
   * Where the incident was reported.
   *
   * @return the sources, possibly empty
   */
  public abstract List<SourceId> sources();

  /**
   * Identifiers of this incident in datasets (ACLED {@code event_id_cnty}, UCDP GED id, GDELT).
   *
   * @return the external ids, possibly empty
   */
  public abstract List<ExternalId> externalIds();

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
    Extensions.check("Incident", extensions());
    summary().ifPresent(s -> FreeText.check("Incident", "summary", s));
    if (partOf().isPresent() && partOf().get().equals(id())) {
      throw new IllegalArgumentException("Incident.partOf must not be the incident itself: " + id());
    }
  }
}
