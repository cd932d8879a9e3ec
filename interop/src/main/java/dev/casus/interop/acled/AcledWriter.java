package dev.casus.interop.acled;

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
 * Writes Casus incidents as ACLED CSV rows, one row per incident, appending as entities arrive.
 *
 * <p>Give it entities in stream order (as {@link AcledReader} produces them: the sources, actors
 * and territories an incident refers to before the incident, its casualty report after it), or a
 * whole {@link Feed} with {@link #writeFeed}. An incident's row is written when the next incident
 * arrives or the writer is flushed or closed, so that its casualty report can still join it.
 * Statements have no place in ACLED and are ignored.
 *
 * <p>Columns come from the model where it carries them and from the {@code x-acled-...}
 * extensions otherwise (see {@code docs/interop.md}); what ACLED cannot hold (a third main actor,
 * a second location, a time of a year's precision) is reported to the issue callback as an
 * {@link AcledWriteIssue}.
 */
public final class AcledWriter implements Closeable, Flushable {

  private final CSVPrinter printer;
  private final AcledLayout layout;
  private final AcledStyle style;
  private final Consumer<AcledWriteIssue> onIssue;
  private final IncidentRowBuffer buffer;
  private long rowsWritten;

  private AcledWriter(
      Writer out, AcledLayout layout, AcledStyle style, Consumer<AcledWriteIssue> onIssue)
      throws IOException {
    this.printer = new CSVPrinter(out, CSVFormat.DEFAULT);
    this.layout = layout;
    this.style = style;
    this.onIssue = onIssue;
    this.buffer =
        new IncidentRowBuffer(
            this::writeRow,
            (incident, message, rowWritten) ->
                onIssue.accept(
                    new AcledWriteIssue(incident.value(), "fatalities", message, rowWritten)));
    printer.printRecord(layout.columns());
    if (layout == AcledLayout.HDX) {
      printer.printRecord(AcledColumns.HDX_HASHTAGS);
    }
  }

  /**
   * A writer of the 31-column export layout with numeric actor types and ISO dates, ignoring
   * issues.
   *
   * @param out where the CSV goes
   * @return the writer, with the header written
   * @throws IOException if the header cannot be written
   */
  public static AcledWriter open(Writer out) throws IOException {
    return open(out, AcledLayout.EXPORT, AcledStyle.NUMERIC, issue -> {});
  }

  /**
   * A writer of the given layout and style.
   *
   * @param out where the CSV goes
   * @param layout {@link AcledLayout#EXPORT} or {@link AcledLayout#HDX} (with its hashtag row)
   * @param style numbers or labels for actor types, date format; use {@link AcledReader#style()}
   *     to reproduce a file
   * @param onIssue receives what the layout cannot hold
   * @return the writer, with the header written
   * @throws IOException if the header cannot be written
   */
  public static AcledWriter open(
      Writer out, AcledLayout layout, AcledStyle style, Consumer<AcledWriteIssue> onIssue)
      throws IOException {
    return new AcledWriter(out, layout, style, onIssue);
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
   * How many rows have been written (the header and hashtag row not counted).
   *
   * @return the count
   */
  public long rowsWritten() {
    return rowsWritten;
  }

  private void writeRow(Incident incident, List<CasualtyReport> reports) throws IOException {
    AcledRenderer.Rendered rendered = AcledRenderer.render(incident, reports, buffer, style);
    boolean fatal = rendered.fatal();
    for (AcledRenderer.Issue issue : rendered.issues()) {
      if (layout.columns().contains(issue.column()) || issue.fatal()) {
        onIssue.accept(
            new AcledWriteIssue(incident.id().value(), issue.column(), issue.message(), !fatal));
      }
    }
    if (fatal) {
      return;
    }
    List<String> row = new ArrayList<>(layout.columns().size());
    for (String column : layout.columns()) {
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
