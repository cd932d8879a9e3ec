package dev.casus.testing;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.FeedHeader;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.name.Name;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfInterval;
import dev.casus.core.time.EdtfTime;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Seeded generators of valid Casus values, entities and whole feeds, for property tests in any
 * test framework.
 *
 * <p>Every method returns one random, valid value per call: construction never throws, and the
 * values lean towards the edges a conflict-reporting pipeline meets in practice: empty optionals
 * and lists, open estimates ("at least four"), counts of 0 and of 2<sup>53</sup>-1, every enum
 * constant, every EDTF form ({@code 2020}, {@code 2020-10}, {@code 2020-10-04~}, {@code
 * 2020-10-04T10:15:00+04:00}, {@code 2020-09-27/..}, {@code /2020-10}), names in Azerbaijani
 * ("Gəncə") and Armenian ("Ստեփանակերտ"), emoji and right-to-left text, ids exactly 256
 * characters long, points at the poles and on the antimeridian, and {@code x-} extensions.
 *
 * <p><b>Determinism.</b> The generators draw from one {@link RandomGenerator} of the {@code
 * L64X128MixRandom} algorithm, whose output for a seed is fixed by the JDK specification. The same
 * seed and the same sequence of calls therefore give equal values, on every run and machine, as
 * long as this library's version is the same (a new version may draw differently). Instances are
 * not thread-safe; use one per thread.
 *
 * <p>Lone entities ({@link #incident()}, {@link #statement()}, ...) refer to arbitrary ids that
 * need not resolve. {@link #feed(FeedSize)} and {@link #feed(int)} build feeds whose every
 * reference resolves inside the feed, whose territory parents, incident {@code partOf} and source
 * {@code partOf} links form no cycle, and that are plausible: nothing said about an incident is
 * dated before it, no statement both asserts and denies the same entity, every incident has a
 * location, and the feed is created ({@code createdAt} on or after 2100-01-01T00:00:00Z) after
 * every date it holds. {@code ModelValidator.validate(feed)} reports no finding for them.
 */
public final class CasusGenerators {

  /** The algorithm of the underlying {@link RandomGenerator}. */
  public static final String ALGORITHM = "L64X128MixRandom";

  private final long seed;
  private final Draw draw;
  private final TextGen text;
  private final TimeGen time;
  private final ValueGen values;
  private final IdGen ids;
  private final EntityGen entities;
  private final FeedGen feeds;
  private final ArbitraryReferences arbitrary;

  private CasusGenerators(long seed) {
    this.seed = seed;
    RandomGenerator random = RandomGeneratorFactory.of(ALGORITHM).create(seed);
    this.draw = new Draw(random);
    this.text = new TextGen(draw);
    this.time = new TimeGen(draw);
    this.values = new ValueGen(draw, text);
    this.ids = new IdGen(text);
    this.entities = new EntityGen(draw, text, time, values);
    this.feeds = new FeedGen(draw, text, entities);
    this.arbitrary = new ArbitraryReferences(draw, ids);
  }

  /**
   * Generators seeded with {@code seed}: two instances with the same seed return equal values for
   * the same sequence of calls.
   *
   * @param seed the seed, e.g. the one a failing {@link Property} printed
   * @return new generators
   */
  public static CasusGenerators withSeed(long seed) {
    return new CasusGenerators(seed);
  }

  /**
   * The seed these generators were created with.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  // ---- value types ----

  /**
   * A count estimate of any shape: exact, open ("at least"), at most, closed with or without a
   * best guess, approximate; a third of them keep a phrase such as "dozens". Counts run from 0 to
   * 2<sup>53</sup>-1.
   *
   * @return a valid estimate
   */
  public Estimate estimate() {
    return values.estimate();
  }

  /**
   * A count between 0 and 2<sup>53</sup>-1 (the largest the wire format carries), often 0 or
   * small, sometimes at the maximum.
   *
   * @return the count
   */
  public long count() {
    return values.count();
  }

  /**
   * An EDTF date of year, month, day or second precision, years 0000 to 9999, with qualifiers
   * ({@code ?}, {@code ~}, {@code %}) on dates and offsets (none, {@code Z}, {@code +hh:mm}) on
   * date-times.
   *
   * @return a valid date
   */
  public EdtfDate edtfDate() {
    return time.date();
  }

  /**
   * An EDTF interval: closed with ends of mixed precisions ({@code 2020/2020-10-04~}), open
   * ({@code 2020-09-27/..}, {@code ../2020-10}) or with an unknown end ({@code 2020-10-04/},
   * {@code /2020}). Ends are dates without time, and an interval never ends before it starts.
   *
   * @return a valid interval
   */
  public EdtfInterval edtfInterval() {
    return time.interval(java.time.LocalDate.of(0, 1, 1), java.time.LocalDate.of(9999, 12, 31));
  }

  /**
   * A date (three times in five) or an interval.
   *
   * @return a valid EDTF time
   */
  public EdtfTime edtfTime() {
    return time.time();
  }

  /**
   * A WGS 84 point, a tenth of the coordinates at ±90 / ±180 or 0.
   *
   * @return a valid point
   */
  public GeoPoint geoPoint() {
    return values.geoPoint();
  }

  /**
   * A location with an arbitrary territory id, a point, or both, at any precision.
   *
   * @return a valid location
   */
  public Location location() {
    return values.location(draw.chance(0.7) ? arbitrary.territory() : Optional.empty());
  }

  /**
   * A name in one of the region's scripts, in another script, with emoji, or exactly 1000 code
   * points long; half of them with a BCP 47 language tag.
   *
   * @return a valid name
   */
  public Name name() {
    return text.name();
  }

  /**
   * An external id in a random scheme, its value valid in that scheme's syntax.
   *
   * @return a valid external id
   */
  public ExternalId externalId() {
    return values.externalId();
  }

  /**
   * An external id in {@code scheme}, sometimes at the edge of its syntax (e.g. a UCDP id of
   * {@code Long.MAX_VALUE}).
   *
   * @param scheme the id system
   * @return a valid external id
   */
  public ExternalId externalId(IdScheme scheme) {
    return values.externalId(scheme);
  }

  /**
   * A certainty of attribution (confirmed, alleged, claimed, denied, unknown).
   *
   * @return a certainty
   */
  public Certainty certainty() {
    return draw.constant(Certainty.class);
  }

  /**
   * A uniformly chosen constant of an enum, e.g. {@code enumValue(IncidentType.class)}.
   *
   * @param <E> the enum
   * @param type the enum class
   * @return one of its constants
   * @throws IllegalArgumentException if the enum has no constants
   */
  public <E extends Enum<E>> E enumValue(Class<E> type) {
    if (type.getEnumConstants().length == 0) {
      throw new IllegalArgumentException(type.getName() + " has no constants");
    }
    return draw.constant(type);
  }

  /**
   * Free text valid for any text member (titles, summaries, quotes): sentences from the seed
   * article and in several scripts, tabs and line breaks, JSON-hostile characters, and rarely the
   * full 100 000 characters.
   *
   * @return non-blank text without forbidden control characters
   */
  public String text() {
    return text.text(true);
  }

  /**
   * A BCP 47 language tag in conventional case, e.g. {@code az-Latn}.
   *
   * @return a well-formed tag
   */
  public String languageTag() {
    return text.language();
  }

  // ---- ids ----

  /**
   * An actor id of any shape: slug, UUID, URI, non-Latin letters, one character, or 256.
   *
   * @return a valid id
   */
  public ActorId actorId() {
    return ids.actorId();
  }

  /**
   * A territory id of any shape.
   *
   * @return a valid id
   */
  public TerritoryId territoryId() {
    return ids.territoryId();
  }

  /**
   * An incident id of any shape.
   *
   * @return a valid id
   */
  public IncidentId incidentId() {
    return ids.incidentId();
  }

  /**
   * A statement id of any shape.
   *
   * @return a valid id
   */
  public StatementId statementId() {
    return ids.statementId();
  }

  /**
   * A casualty report id of any shape.
   *
   * @return a valid id
   */
  public CasualtyReportId casualtyReportId() {
    return ids.casualtyReportId();
  }

  /**
   * A source id of any shape.
   *
   * @return a valid id
   */
  public SourceId sourceId() {
    return ids.sourceId();
  }

  // ---- entities, with arbitrary references ----

  /**
   * A source (article, tweet, photo, ...) whose author and {@code partOf} are arbitrary ids.
   *
   * @return a valid source
   */
  public Source source() {
    return entities.source(ids.sourceId(), 0, arbitrary);
  }

  /**
   * An actor whose country and affiliations are arbitrary ids.
   *
   * @return a valid actor
   */
  public Actor actor() {
    return entities.actor(ids.actorId(), arbitrary);
  }

  /**
   * A territory whose parent and control claims refer to arbitrary ids.
   *
   * @return a valid territory
   */
  public Territory territory() {
    return entities.territory(ids.territoryId(), 0, arbitrary);
  }

  /**
   * An incident whose locations, participants, sources and {@code partOf} refer to arbitrary ids;
   * it may have no location.
   *
   * @return a valid incident
   */
  public Incident incident() {
    return entities.incident(ids.incidentId(), 0, arbitrary);
  }

  /**
   * A statement whose speaker, addressees and subjects are arbitrary ids.
   *
   * @return a valid statement
   */
  public Statement statement() {
    return entities.statement(ids.statementId(), arbitrary);
  }

  /**
   * A casualty report about an arbitrary incident and/or territory, with one or more figures.
   *
   * @return a valid casualty report
   */
  public CasualtyReport casualtyReport() {
    return entities.casualtyReport(ids.casualtyReportId(), arbitrary);
  }

  // ---- feeds ----

  /**
   * A feed header created at any time between 1970 and 2100, sometimes with fractional seconds.
   *
   * @return a valid header
   */
  public FeedHeader feedHeader() {
    return feeds.header();
  }

  /**
   * A consistent, plausible feed of the given size (see the class comment): {@code
   * ModelValidator.validate(feed)} finds nothing in it.
   *
   * @param size how many entities, roughly
   * @return a valid feed
   */
  public Feed feed(FeedSize size) {
    return feeds.feed(size);
  }

  /**
   * A consistent, plausible feed for benchmarks, with {@code incidents} incidents and, in
   * proportion, about {@code incidents/10} actors, territories and sources and {@code
   * incidents/2} statements and casualty reports (at least one of each when {@code incidents >
   * 0}). Values are plainer than those of {@link #feed(FeedSize)} (short ids, few optional
   * members), so that 100 000 incidents build in seconds.
   *
   * @param incidents the number of incidents, 0 or more
   * @return a valid feed
   * @throws IllegalArgumentException if {@code incidents} is negative
   */
  public Feed feed(int incidents) {
    return feeds.feed(incidents);
  }
}
