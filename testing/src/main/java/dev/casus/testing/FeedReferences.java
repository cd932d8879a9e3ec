package dev.casus.testing;

import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.entity.EntityId;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.TerritoryId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * References into the feed being built: every id names an entity of the feed, and parents come
 * from earlier positions in their list, so that no parent or partOf chain can form a cycle.
 */
final class FeedReferences implements References {

  private final Draw draw;
  private final boolean lean;
  final List<SourceId> sources;
  final List<ActorId> actors;
  final List<TerritoryId> territories;
  final List<IncidentId> incidents;
  final List<StatementId> statements;
  final List<CasualtyReportId> casualtyReports;
  private final Map<IncidentId, LocalDate> incidentStarts = new HashMap<>();

  FeedReferences(
      Draw draw,
      boolean lean,
      List<SourceId> sources,
      List<ActorId> actors,
      List<TerritoryId> territories,
      List<IncidentId> incidents,
      List<StatementId> statements,
      List<CasualtyReportId> casualtyReports) {
    this.draw = draw;
    this.lean = lean;
    this.sources = sources;
    this.actors = actors;
    this.territories = territories;
    this.incidents = incidents;
    this.statements = statements;
    this.casualtyReports = casualtyReports;
  }

  /** Records an incident's first day, for the dates of what is said about it. */
  void incidentStarts(IncidentId incident, Optional<LocalDate> start) {
    start.ifPresent(day -> incidentStarts.put(incident, day));
  }

  @Override
  public boolean plausible() {
    return true;
  }

  @Override
  public boolean lean() {
    return lean;
  }

  @Override
  public LocalDate lastDay() {
    return TimeGen.FEED_LAST_DAY;
  }

  private <T> Optional<T> any(List<T> ids) {
    return ids.isEmpty() ? Optional.empty() : Optional.of(draw.pick(ids));
  }

  private <T> Optional<T> before(List<T> ids, int index) {
    return index == 0 ? Optional.empty() : Optional.of(ids.get(draw.index(index)));
  }

  @Override
  public Optional<ActorId> actor() {
    return any(actors);
  }

  @Override
  public Optional<TerritoryId> territory() {
    return any(territories);
  }

  @Override
  public Optional<SourceId> source() {
    return any(sources);
  }

  @Override
  public Optional<StatementId> statement() {
    return any(statements);
  }

  @Override
  public Optional<IncidentId> incident() {
    return any(incidents);
  }

  @Override
  public Optional<EntityId> entity(StatementId self) {
    Optional<? extends EntityId> id;
    switch (draw.between(0, 9)) {
      case 0:
        id = any(sources);
        break;
      case 1:
      case 2:
        id = any(actors);
        break;
      case 3:
        id = any(territories);
        break;
      case 4:
      case 5:
      case 6:
        id = any(incidents);
        break;
      case 7:
      case 8:
        id = any(statements);
        break;
      default:
        id = any(casualtyReports);
        break;
    }
    return id.filter(e -> !e.equals(self)).map(EntityId.class::cast);
  }

  @Override
  public Optional<SourceId> sourceParent(SourceId self, int index) {
    return before(sources, index);
  }

  @Override
  public Optional<TerritoryId> territoryParent(TerritoryId self, int index) {
    return before(territories, index);
  }

  @Override
  public Optional<IncidentId> incidentParent(IncidentId self, int index) {
    return before(incidents, index);
  }

  @Override
  public Optional<LocalDate> incidentStart(IncidentId incident) {
    return Optional.ofNullable(incidentStarts.get(incident));
  }
}
