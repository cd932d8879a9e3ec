package dev.casus.interop.support;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.entity.Entity;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The streaming side of a writer that puts one incident per row (ACLED, UCDP GED): it takes
 * entities in stream order and hands each incident, together with its casualty reports, to a
 * {@link RowWriter}.
 *
 * <p>Sources, actors and territories are remembered, so that the buffer is the {@link
 * EntityLookup} a row is rendered with. An incident is held back until the next incident arrives
 * or the buffer is flushed, so that the casualty reports that follow it (the dead of the Ganja
 * strike of 4 October 2020, say) still join its row; a report that comes before its incident waits
 * for it. A report that comes too late, after its incident's row was written, or whose incident
 * never comes, is told to the {@link UnjoinedReports} callback instead of being lost.
 */
public final class IncidentRowBuffer implements EntityLookup {

  /** Writes the row of one incident. */
  @FunctionalInterface
  public interface RowWriter {
    /**
     * Writes one incident's row.
     *
     * @param incident the incident
     * @param reports the casualty reports about it, in the order they arrived (possibly none)
     * @throws IOException if the row cannot be written
     */
    void write(Incident incident, List<CasualtyReport> reports) throws IOException;
  }

  /** Told about the casualty reports that could not join their incident's row. */
  @FunctionalInterface
  public interface UnjoinedReports {
    /**
     * Called once for each casualty report left out of its incident's row.
     *
     * @param incident the incident the report is about
     * @param message what happened, naming the report
     * @param rowWritten true if the incident's row was written (without this report), false if the
     *     incident never came and the report is not written at all
     */
    void unjoined(IncidentId incident, String message, boolean rowWritten);
  }

  private final RowWriter rows;
  private final UnjoinedReports onUnjoined;
  private final Map<ActorId, Actor> actors = new HashMap<>();
  private final Map<TerritoryId, Territory> territories = new HashMap<>();
  private final Map<SourceId, Source> sources = new HashMap<>();
  private final Map<IncidentId, List<CasualtyReport>> earlyReports = new HashMap<>();
  private final List<CasualtyReport> pendingReports = new ArrayList<>();
  private @Nullable Incident pending;
  private @Nullable IncidentId lastWritten;

  /**
   * An empty buffer.
   *
   * @param rows writes each incident's row
   * @param onUnjoined receives the casualty reports that cannot join their incident's row
   */
  public IncidentRowBuffer(RowWriter rows, UnjoinedReports onUnjoined) {
    this.rows = rows;
    this.onUnjoined = onUnjoined;
  }

  /**
   * Takes the next entity of a stream: remembers sources, actors and territories, holds an
   * incident until its casualty reports have had the chance to arrive (writing the incident held
   * before it), joins casualty reports to their incident. Statements and reports about no incident
   * are passed over.
   *
   * @param entity any entity
   * @throws IOException if a row cannot be written
   */
  public void add(Entity entity) throws IOException {
    if (entity instanceof Source s) {
      sources.put(s.id(), s);
    } else if (entity instanceof Actor a) {
      actors.put(a.id(), a);
    } else if (entity instanceof Territory t) {
      territories.put(t.id(), t);
    } else if (entity instanceof Incident i) {
      flush();
      pending = i;
      List<CasualtyReport> early = earlyReports.remove(i.id());
      if (early != null) {
        pendingReports.addAll(early);
      }
    } else if (entity instanceof CasualtyReport c) {
      addReport(c);
    }
  }

  private void addReport(CasualtyReport report) {
    if (report.incident().isEmpty()) {
      return;
    }
    IncidentId about = report.incident().get();
    Incident current = pending;
    if (current != null && current.id().equals(about)) {
      pendingReports.add(report);
    } else if (about.equals(lastWritten)) {
      onUnjoined.unjoined(
          about,
          "casualty report " + report.id() + " arrived after its incident's row was written",
          true);
    } else {
      earlyReports.computeIfAbsent(about, k -> new ArrayList<>()).add(report);
    }
  }

  /**
   * Writes the held incident, then every incident of a feed with the feed's casualty reports about
   * it, in feed order; the feed's sources, actors and territories are remembered first.
   *
   * @param feed the feed
   * @throws IOException if a row cannot be written
   */
  public void addFeed(Feed feed) throws IOException {
    flush();
    feed.sources().forEach(s -> sources.put(s.id(), s));
    feed.actors().forEach(a -> actors.put(a.id(), a));
    feed.territories().forEach(t -> territories.put(t.id(), t));
    Map<IncidentId, List<CasualtyReport>> reports = new HashMap<>();
    for (CasualtyReport r : feed.casualtyReports()) {
      r.incident().ifPresent(i -> reports.computeIfAbsent(i, k -> new ArrayList<>()).add(r));
    }
    for (Incident incident : feed.incidents()) {
      writeRow(incident, reports.getOrDefault(incident.id(), List.of()));
    }
  }

  /**
   * Writes the held incident's row, if an incident is held; a report about it that arrives later
   * is then told to the callback as late.
   *
   * @throws IOException if the row cannot be written
   */
  public void flush() throws IOException {
    Incident current = pending;
    if (current != null) {
      pending = null;
      List<CasualtyReport> reports = List.copyOf(pendingReports);
      pendingReports.clear();
      writeRow(current, reports);
    }
  }

  /**
   * Ends the stream: writes the held incident's row and tells the callback about every casualty
   * report still waiting for an incident that never came.
   *
   * @throws IOException if the row cannot be written
   */
  public void finish() throws IOException {
    flush();
    for (Map.Entry<IncidentId, List<CasualtyReport>> e : earlyReports.entrySet()) {
      for (CasualtyReport r : e.getValue()) {
        onUnjoined.unjoined(
            e.getKey(),
            "casualty report "
                + r.id()
                + " is about an incident this writer did not get after it; not written",
            false);
      }
    }
    earlyReports.clear();
  }

  private void writeRow(Incident incident, List<CasualtyReport> reports) throws IOException {
    lastWritten = incident.id();
    rows.write(incident, reports);
  }

  /**
   * The actor with this id, among those taken so far.
   *
   * @param id the actor id
   * @return the actor, if taken
   */
  @Override
  public Optional<Actor> actor(ActorId id) {
    return Optional.ofNullable(actors.get(id));
  }

  /**
   * The territory with this id, among those taken so far.
   *
   * @param id the territory id
   * @return the territory, if taken
   */
  @Override
  public Optional<Territory> territory(TerritoryId id) {
    return Optional.ofNullable(territories.get(id));
  }

  /**
   * The source with this id, among those taken so far.
   *
   * @param id the source id
   * @return the source, if taken
   */
  @Override
  public Optional<Source> source(SourceId id) {
    return Optional.ofNullable(sources.get(id));
  }
}
