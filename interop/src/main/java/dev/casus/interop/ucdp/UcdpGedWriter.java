package dev.casus.interop.ucdp;

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
import dev.casus.interop.support.EntityLookup;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes Casus incidents as UCDP GED CSV rows (the 49 columns of {@link UcdpGedColumns#ALL}), one
 * row per incident, appending as entities arrive.
 *
 * <p>Give it entities in stream order (as {@link UcdpGedReader} produces them: the sources, actors
 * and territories an incident refers to before the incident, its casualty reports after it), or a
 * whole {@link Feed} with {@link #writeFeed}. An incident's row is written when the next incident
 * arrives or the writer is flushed or closed, so that its casualty reports can still join it.
 * Statements have no place in GED and are ignored.
 *
 * <p>Columns come from the model where it carries them and from the {@code x-ucdp-...} extensions
 * otherwise (see {@code docs/interop.md}); what GED cannot hold (a third side, a second location,
 * an open-ended time) is reported to the issue callback as a {@link UcdpWriteIssue}.
 */
public final class UcdpGedWriter implements Closeable, Flushable {

  private final CSVPrinter printer;
  private final String dateSuffix;
  private final Consumer<UcdpWriteIssue> onIssue;
  private final Map<ActorId, Actor> actors = new HashMap<>();
  private final Map<TerritoryId, Territory> territories = new HashMap<>();
  private final Map<SourceId, Source> sources = new HashMap<>();
  private final Map<IncidentId, List<CasualtyReport>> earlyReports = new HashMap<>();
  private @Nullable IncidentId lastWritten;
  private final EntityLookup lookup =
      new EntityLookup() {
        @Override
        public Optional<Actor> actor(ActorId id) {
          return Optional.ofNullable(actors.get(id));
        }

        @Override
        public Optional<Territory> territory(TerritoryId id) {
          return Optional.ofNullable(territories.get(id));
        }

        @Override
        public Optional<Source> source(SourceId id) {
          return Optional.ofNullable(sources.get(id));
        }
      };
  private @Nullable Incident pending;
  private final List<CasualtyReport> pendingReports = new ArrayList<>();
  private long rowsWritten;

  private UcdpGedWriter(Writer out, String dateSuffix, Consumer<UcdpWriteIssue> onIssue)
      throws IOException {
    if (!dateSuffix.matches("([ T][0-9:.]*)?")) {
      throw new IllegalArgumentException(
          "UcdpGedWriter: dateSuffix must be empty or a time such as \" 00:00:00.000\", got \""
              + dateSuffix
              + "\"");
    }
    this.printer = new CSVPrinter(out, CSVFormat.DEFAULT);
    this.dateSuffix = dateSuffix;
    this.onIssue = onIssue;
    printer.printRecord(UcdpGedColumns.ALL);
  }

  /**
   * A writer of plain dates ({@code 2020-10-04}), ignoring issues.
   *
   * @param out where the CSV goes
   * @return the writer, with the header written
   * @throws IOException if the header cannot be written
   */
  public static UcdpGedWriter open(Writer out) throws IOException {
    return open(out, "", issue -> {});
  }

  /**
   * A writer with this date suffix.
   *
   * @param out where the CSV goes
   * @param dateSuffix written after each date: empty, or a time such as {@code " 00:00:00.000"} as
   *     in GED's CSV downloads; use {@link UcdpGedReader#dateSuffix()} to reproduce a file
   * @param onIssue receives what GED cannot hold
   * @return the writer, with the header written
   * @throws IOException if the header cannot be written
   * @throws IllegalArgumentException if {@code dateSuffix} is neither empty nor a time
   */
  public static UcdpGedWriter open(
      Writer out, String dateSuffix, Consumer<UcdpWriteIssue> onIssue) throws IOException {
    return new UcdpGedWriter(out, dateSuffix, onIssue);
  }

  /**
   * Takes the next entity of a stream: remembers sources, actors and territories, writes an
   * incident's row once its casualty reports have had the chance to arrive.
   *
   * @param entity any entity
   * @throws IOException if a row cannot be written
   */
  public void write(Entity entity) throws IOException {
    if (entity instanceof Source s) {
      sources.put(s.id(), s);
    } else if (entity instanceof Actor a) {
      actors.put(a.id(), a);
    } else if (entity instanceof Territory t) {
      territories.put(t.id(), t);
    } else if (entity instanceof Incident i) {
      writePending();
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
      onIssue.accept(
          new UcdpWriteIssue(
              about.value(),
              "best",
              "casualty report " + report.id() + " arrived after its incident's row was written",
              true));
    } else {
      earlyReports.computeIfAbsent(about, k -> new ArrayList<>()).add(report);
    }
  }

  /**
   * Writes every incident of a feed, with the feed's casualty reports, in feed order.
   *
   * @param feed the feed
   * @throws IOException if a row cannot be written
   */
  public void writeFeed(Feed feed) throws IOException {
    writePending();
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
   * How many rows have been written (the header not counted).
   *
   * @return the count
   */
  public long rowsWritten() {
    return rowsWritten;
  }

  private void writePending() throws IOException {
    Incident current = pending;
    if (current != null) {
      pending = null;
      List<CasualtyReport> reports = List.copyOf(pendingReports);
      pendingReports.clear();
      writeRow(current, reports);
    }
  }

  private void writeRow(Incident incident, List<CasualtyReport> reports) throws IOException {
    UcdpRenderer.Rendered rendered = UcdpRenderer.render(incident, reports, lookup, dateSuffix);
    boolean fatal = rendered.fatal();
    for (UcdpRenderer.Issue issue : rendered.issues()) {
      onIssue.accept(
          new UcdpWriteIssue(incident.id().value(), issue.column(), issue.message(), !fatal));
    }
    lastWritten = incident.id();
    if (fatal) {
      return;
    }
    List<String> row = new ArrayList<>(UcdpGedColumns.ALL.size());
    for (String column : UcdpGedColumns.ALL) {
      row.add(rendered.cells().getOrDefault(column, ""));
    }
    printer.printRecord(row);
    rowsWritten++;
  }

  /**
   * Writes the pending incident's row and flushes the output.
   *
   * @throws IOException if writing fails
   */
  @Override
  public void flush() throws IOException {
    writePending();
    printer.flush();
  }

  /**
   * Writes the pending incident's row and closes the output.
   *
   * @throws IOException if writing fails
   */
  @Override
  public void close() throws IOException {
    writePending();
    for (Map.Entry<IncidentId, List<CasualtyReport>> e : earlyReports.entrySet()) {
      for (CasualtyReport r : e.getValue()) {
        onIssue.accept(
            new UcdpWriteIssue(
                e.getKey().value(),
                "best",
                "casualty report " + r.id() + " is about an incident this writer did not get"
                    + " after it; not written",
                false));
      }
    }
    earlyReports.clear();
    printer.close();
  }
}
