package dev.casus.interop.ucdp;

import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.entity.Entity;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.Incident;
import dev.casus.interop.support.IncidentRowBuffer;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
  private final IncidentRowBuffer buffer;
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
    this.buffer =
        new IncidentRowBuffer(
            this::writeRow,
            (incident, message, rowWritten) ->
                onIssue.accept(new UcdpWriteIssue(incident.value(), "best", message, rowWritten)));
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
    buffer.add(entity);
  }

  /**
   * Writes every incident of a feed, with the feed's casualty reports, in feed order.
   *
   * @param feed the feed
   * @throws IOException if a row cannot be written
   */
  public void writeFeed(Feed feed) throws IOException {
    buffer.addFeed(feed);
  }

  /**
   * How many rows have been written (the header not counted).
   *
   * @return the count
   */
  public long rowsWritten() {
    return rowsWritten;
  }

  private void writeRow(Incident incident, List<CasualtyReport> reports) throws IOException {
    UcdpRenderer.Rendered rendered = UcdpRenderer.render(incident, reports, buffer, dateSuffix);
    boolean fatal = rendered.fatal();
    for (UcdpRenderer.Issue issue : rendered.issues()) {
      onIssue.accept(
          new UcdpWriteIssue(incident.id().value(), issue.column(), issue.message(), !fatal));
    }
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
    buffer.flush();
    printer.flush();
  }

  /**
   * Writes the pending incident's row and closes the output.
   *
   * @throws IOException if writing fails
   */
  @Override
  public void close() throws IOException {
    buffer.finish();
    printer.close();
  }
}
