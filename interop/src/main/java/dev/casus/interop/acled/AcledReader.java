package dev.casus.interop.acled;

import dev.casus.core.entity.Entity;
import dev.casus.interop.support.CsvInput;
import dev.casus.interop.support.CsvRow;
import dev.casus.interop.support.EntityStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams the rows of an ACLED CSV file as Casus entities, one row at a time, so that a file of a
 * million rows converts in constant memory (apart from the actors, places and sources seen, which
 * are kept to deduplicate them).
 *
 * <p>For each row the stream gives, in this order: the sources, actors and territories the row
 * names for the first time; the incident; its casualty report (if the file has a {@code
 * fatalities} cell). Columns are found by header name in any order; unknown columns are kept as
 * {@code x-acled-column-...} extensions. Both layouts are read: the 31-column export (inter codes
 * as numbers or text labels) and the HDX layout with its HXL hashtag row.
 *
 * <p>A row that cannot be converted (a bad date, an unknown sub-event type, a latitude of 95, no
 * {@code event_id_cnty}) is reported to the error callback as an {@link AcledRowError} and
 * skipped; the other rows still convert.
 *
 * <pre>{@code
 * try (AcledReader reader = AcledReader.open(in, error -> log.warn(error.toString()))) {
 *   while (reader.hasNext()) {
 *     Entity entity = reader.next();
 *     ...
 *   }
 * }
 * }</pre>
 */
public final class AcledReader implements Iterator<Entity>, Closeable {

  private final List<String> header;
  private final AcledLayout layout;
  private final AcledStyle style;
  private final EntityStream stream;

  private AcledReader(CsvInput input, Consumer<AcledRowError> onError) {
    this.header = input.header();
    this.layout = AcledLayout.of(header);
    Optional<CsvRow> first = input.peek();
    this.style =
        first
            .map(r -> AcledStyle.detect(r.get("inter1"), r.get("event_date")))
            .orElse(layout == AcledLayout.HDX ? AcledStyle.NUMERIC : AcledStyle.LABELS);
    AcledConverter converter = new AcledConverter(header, style);
    this.stream =
        new EntityStream(
            input,
            converter,
            (row, failure) ->
                onError.accept(
                    new AcledRowError(
                        row.row(),
                        row.line(),
                        failure.column(),
                        failure.reason(),
                        row.get("event_id_cnty").strip())));
  }

  /**
   * Opens an ACLED CSV file and reads its header.
   *
   * @param in the CSV text (UTF-8 decoded; a byte-order mark is ignored)
   * @param onError receives every row that cannot be converted
   * @return the reader, before the first row
   * @throws IOException if the text cannot be read, or the header lacks a column every row needs
   *     ({@link AcledColumns#REQUIRED})
   */
  public static AcledReader open(Reader in, Consumer<AcledRowError> onError) throws IOException {
    CsvInput input = CsvInput.open(in);
    List<String> missing = new ArrayList<>();
    for (String column : AcledColumns.REQUIRED) {
      if (!input.header().contains(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      input.close();
      throw new IOException(
          "not an ACLED file: the header lacks " + String.join(", ", missing));
    }
    return new AcledReader(input, onError);
  }

  /**
   * The file's columns, normalised to lower case, in file order.
   *
   * @return the header
   */
  public List<String> header() {
    return header;
  }

  /**
   * The file's layout, judged from its header.
   *
   * @return {@link AcledLayout#HDX} or {@link AcledLayout#EXPORT}
   */
  public AcledLayout layout() {
    return layout;
  }

  /**
   * The file's style (numbers or labels for actor types, date format), judged from its first data
   * row. Write with the same style to reproduce the file.
   *
   * @return the style
   */
  public AcledStyle style() {
    return style;
  }

  /**
   * Whether another entity follows, converting rows as needed.
   *
   * @return true if {@link #next()} has an entity
   * @throws java.io.UncheckedIOException if the text cannot be read or is not well-formed CSV
   */
  @Override
  public boolean hasNext() {
    return stream.hasNext();
  }

  /**
   * The next entity.
   *
   * @return a source, actor, territory, incident or casualty report
   * @throws java.util.NoSuchElementException at the end of the file
   */
  @Override
  public Entity next() {
    return stream.next();
  }

  /**
   * The 1-based data row that produced the entity last returned.
   *
   * @return the row number, or 0 before the first row
   */
  public long currentRow() {
    return stream.currentRow().map(CsvRow::row).orElse(0L);
  }

  /**
   * The 1-based physical line on which the row that produced the entity last returned starts.
   *
   * @return the line number, or 0 before the first row
   */
  public long currentLine() {
    return stream.currentRow().map(CsvRow::line).orElse(0L);
  }

  /**
   * How many data rows have been read so far.
   *
   * @return the count
   */
  public long rowsRead() {
    return stream.rowsRead();
  }

  /**
   * How many rows converted so far.
   *
   * @return the count
   */
  public long rowsConverted() {
    return stream.rowsConverted();
  }

  /**
   * How many rows were rejected so far, each reported to the error callback.
   *
   * @return the count
   */
  public long rowsRejected() {
    return stream.rowsRejected();
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }
}
