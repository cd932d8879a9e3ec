package dev.casus.testing;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.FeedHeader;
import dev.casus.core.feed.FeedMetadata;
import dev.casus.core.feed.ImmutableFeedHeader;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Whole feeds whose references all resolve and that raise no validation finding. */
final class FeedGen {

  /** The earliest createdAt of a generated feed: after every date a feed holds. */
  static final Instant FEED_CREATED_AT = Instant.parse("2100-01-01T00:00:00Z");

  private static final long SECONDS_1970_TO_2100 = FEED_CREATED_AT.getEpochSecond();

  private final Draw draw;
  private final TextGen text;
  private final EntityGen entities;

  FeedGen(Draw draw, TextGen text, EntityGen entities) {
    this.draw = draw;
    this.text = text;
    this.entities = entities;
  }

  /** A header created at any time between 1970 and 2100. */
  FeedHeader header() {
    return header(Instant.ofEpochSecond(draw.between(0L, SECONDS_1970_TO_2100)), false);
  }

  private FeedHeader header(Instant createdAt, boolean lean) {
    if (!lean && draw.chance(0.3)) {
      createdAt =
          createdAt.plusNanos(
              draw.chance(0.5) ? draw.between(1, 999) * 1_000_000L : draw.between(1, 999_999_999));
    }
    ImmutableFeedHeader.Builder b =
        FeedHeader.builder()
            .producer(lean ? "casus-testing benchmark" : text.text(false))
            .createdAt(createdAt)
            .partial(!lean && draw.chance(0.2))
            .extensions(lean ? java.util.Map.of() : text.extensions());
    if (draw.chance(0.5)) {
      b.schemaVersion(FeedMetadata.CURRENT_SCHEMA_VERSION);
    }
    if (!lean && draw.chance(0.5)) {
      b.description(text.text(false));
    }
    return b.build();
  }

  Feed feed(FeedSize size) {
    int incidents;
    switch (size) {
      case TINY:
        if (draw.chance(0.25)) {
          return build(counts(0, 0, 0, 0, 0, 0), false);
        }
        return build(
            counts(
                draw.between(0, 2),
                draw.between(0, 2),
                draw.between(0, 2),
                draw.between(0, 2),
                draw.between(0, 2),
                draw.between(0, 2)),
            false);
      case SMALL:
        incidents = draw.between(1, 8);
        break;
      case MEDIUM:
        incidents = draw.between(40, 120);
        break;
      case LARGE:
        incidents = draw.between(800, 1500);
        break;
      default:
        throw new AssertionError(size);
    }
    int tenth = Math.max(1, incidents / 10);
    return build(
        counts(
            draw.between(1, 2 * tenth),
            draw.between(1, 3 * tenth),
            draw.between(1, 3 * tenth),
            incidents,
            draw.between(0, incidents),
            draw.between(0, incidents)),
        false);
  }

  Feed feed(int incidents) {
    if (incidents < 0) {
      throw new IllegalArgumentException("incidents must be >= 0, got " + incidents);
    }
    int tenth = incidents == 0 ? 0 : Math.max(1, incidents / 10);
    int half = incidents == 0 ? 0 : Math.max(1, incidents / 2);
    return build(counts(tenth, tenth, tenth, incidents, half, half), true);
  }

  private static int[] counts(
      int sources, int actors, int territories, int incidents, int statements, int reports) {
    return new int[] {sources, actors, territories, incidents, statements, reports};
  }

  private Feed build(int[] n, boolean lean) {
    int sourceCount = n[0];
    int actorCount = n[1];
    int territoryCount = n[2];
    int incidentCount = n[3];
    // a statement needs a speaker; a casualty report an incident or a territory
    int statementCount = actorCount == 0 ? 0 : n[4];
    int reportCount = incidentCount + territoryCount == 0 ? 0 : n[5];

    FeedReferences refs =
        new FeedReferences(
            draw,
            lean,
            ids(sourceCount, "src", lean, SourceId::of),
            ids(actorCount, "act", lean, ActorId::of),
            ids(territoryCount, "ter", lean, TerritoryId::of),
            ids(incidentCount, "inc", lean, IncidentId::of),
            ids(statementCount, "st", lean, StatementId::of),
            ids(reportCount, "cas", lean, CasualtyReportId::of));

    List<Source> sources = new ArrayList<>(sourceCount);
    for (int i = 0; i < sourceCount; i++) {
      sources.add(entities.source(refs.sources.get(i), i, refs));
    }
    List<Actor> actors = new ArrayList<>(actorCount);
    for (ActorId id : refs.actors) {
      actors.add(entities.actor(id, refs));
    }
    List<Territory> territories = new ArrayList<>(territoryCount);
    for (int i = 0; i < territoryCount; i++) {
      territories.add(entities.territory(refs.territories.get(i), i, refs));
    }
    List<Incident> incidents = new ArrayList<>(incidentCount);
    for (int i = 0; i < incidentCount; i++) {
      Incident incident = entities.incident(refs.incidents.get(i), i, refs);
      refs.incidentStarts(incident.id(), incident.time().earliestDay());
      incidents.add(incident);
    }
    List<Statement> statements = new ArrayList<>(statementCount);
    for (StatementId id : refs.statements) {
      statements.add(entities.statement(id, refs));
    }
    List<CasualtyReport> reports = new ArrayList<>(reportCount);
    for (CasualtyReportId id : refs.casualtyReports) {
      reports.add(entities.casualtyReport(id, refs));
    }

    Instant createdAt =
        lean ? FEED_CREATED_AT : FEED_CREATED_AT.plusSeconds(draw.between(0L, 86_400L * 365 * 50));
    FeedHeader header = header(createdAt, lean);
    return Feed.builder()
        .schemaVersion(header.schemaVersion())
        .producer(header.producer())
        .createdAt(header.createdAt())
        .description(header.description())
        .partial(header.partial())
        .extensions(header.extensions())
        .sources(sources)
        .actors(actors)
        .territories(territories)
        .incidents(incidents)
        .statements(statements)
        .casualtyReports(reports)
        .build();
  }

  private <T> List<T> ids(int count, String prefix, boolean lean, Function<String, T> of) {
    List<T> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(of.apply(text.uniqueIdValue(prefix, i, lean)));
    }
    return ids;
  }
}
