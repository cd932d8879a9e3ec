package dev.casus.interop.ucdp;

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
import java.util.function.Consumer;

/**
 * Streams the rows of a UCDP GED CSV file as Casus entities, one row at a time, in constant memory
 * (apart from the actors, places and sources seen, which are kept to deduplicate them).
 *
 * <p>For each row the stream gives, in this order: the sources ({@code source_office}), actors
 * ({@code side_a}, {@code side_b}) and territories ({@code country} &gt; {@code adm_1} &gt; {@code
 * adm_2} &gt; {@code where_coordinates}) the row names for the first time; the incident; its two
 * casualty reports, the total ({@code low} / {@code best} / {@code high}) and the deaths by group
 * ({@code deaths_a}, {@code deaths_b}, {@code deaths_civilians}, {@code deaths_unknown}). Columns
 * are found by header name; unknown columns are kept as {@code x-ucdp-column-...} extensions.
 *
 * <p>A row that cannot be converted (a bad date, a type of violence other than 1-3, a latitude of
 * 95, a low above best) is reported to the error callback as a {@link UcdpRowError} and skipped.
 */
public final class UcdpGedReader implements Iterator<Entity>, Closeable {

  private final List<String> header;
  private final String dateSuffix;
  private final EntityStream stream;

  private UcdpGedReader(CsvInput input, Consumer<UcdpRowError> onError) {
    this.header = input.header();
    String first = input.peek().map(r -> r.get("date_start").strip()).orElse("");
    this.dateSuffix = first.length() > 10 ? first.substring(10) : "";
    this.stream =
        new EntityStream(
            input,
            new UcdpConverter(header, dateSuffix),
            (row, failure) ->
                onError.accept(
                    new UcdpRowError(
                        row.row(),
                        row.line(),
                        failure.column(),
                        failure.reason(),
                        row.get("id").strip())));
  }

  /**
   * Opens a GED CSV file and reads its header.
   *
   * @param in the CSV text
   * @param onError receives every row that cannot be converted
   * @return the reader, before the first row
   * @throws IOException if the text cannot be read, or the header lacks a column every row needs
   *     ({@link UcdpGedColumns#REQUIRED})
   */
  public static UcdpGedReader open(Reader in, Consumer<UcdpRowError> onError) throws IOException {
    CsvInput input = CsvInput.open(in);
    List<String> missing = new ArrayList<>();
    for (String column : UcdpGedColumns.REQUIRED) {
      if (!input.header().contains(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      input.close();
      throw new IOException("not a UCDP GED file: the header lacks " + String.join(", ", missing));
    }
    return new UcdpGedReader(input, onError);
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
   * What the file writes after the day in {@code date_start} and {@code date_end}, judged from
   * its first row: {@code " 00:00:00.000"} in GED's CSV downloads, empty if dates are plain. Write
   * with the same suffix to reproduce the file.
   *
   * @return the suffix, possibly empty
   */
  public String dateSuffix() {
    return dateSuffix;
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
   * The physical line on which the row that produced the entity last returned starts.
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
