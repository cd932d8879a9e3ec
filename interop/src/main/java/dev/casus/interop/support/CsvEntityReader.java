package dev.casus.interop.support;

import dev.casus.core.entity.Entity;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The iterator side shared by the readers of event datasets in CSV (ACLED, UCDP GED): a stream of
 * Casus entities converted one row at a time, with the row and line each came from and counts of
 * the rows read, converted and rejected. Each format's reader extends it with how its file is
 * recognised and what it detects from the header and first row.
 */
public abstract class CsvEntityReader implements Iterator<Entity>, Closeable {

  private final EntityStream stream;

  /**
   * A reader over this stream of converted rows.
   *
   * @param stream the rows, converted
   */
  protected CsvEntityReader(EntityStream stream) {
    this.stream = stream;
  }

  /**
   * Opens CSV text and checks that its header has every column a row of the format needs.
   *
   * @param in the CSV text (UTF-8 decoded; a byte-order mark is ignored)
   * @param required the columns every row needs
   * @param format the format with its article, for the error message, e.g. {@code "an ACLED file"}
   * @return the input, before the first row
   * @throws IOException if the text cannot be read, or the header lacks a required column (the
   *     message says {@code not <format>: the header lacks <columns>})
   */
  protected static CsvInput openWithColumns(Reader in, List<String> required, String format)
      throws IOException {
    CsvInput input = CsvInput.open(in);
    List<String> missing = new ArrayList<>();
    for (String column : required) {
      if (!input.header().contains(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      input.close();
      throw new IOException("not " + format + ": the header lacks " + String.join(", ", missing));
    }
    return input;
  }

  /**
   * A failure sink that reports each rejected row to {@code onError} in the format's own terms.
   *
   * @param <E> the format's row error type
   * @param onError receives the errors
   * @param errors makes one error
   * @param idColumn the column holding the row's event id, quoted in the error
   * @return the sink
   */
  protected static <E> EntityStream.FailureSink reportingTo(
      Consumer<? super E> onError, RowErrorFactory<E> errors, String idColumn) {
    return (row, failure) ->
        onError.accept(
            errors.create(
                row.row(),
                row.line(),
                failure.column(),
                failure.reason(),
                row.get(idColumn).strip()));
  }

  /**
   * Whether another entity follows, converting rows as needed.
   *
   * @return true if {@link #next()} has an entity
   * @throws java.io.UncheckedIOException if the text cannot be read or is not well-formed CSV
   */
  @Override
  public final boolean hasNext() {
    return stream.hasNext();
  }

  /**
   * The next entity.
   *
   * @return a source, actor, territory, incident or casualty report
   * @throws java.util.NoSuchElementException at the end of the file
   */
  @Override
  public final Entity next() {
    return stream.next();
  }

  /**
   * The 1-based data row that produced the entity last returned.
   *
   * @return the row number, or 0 before the first row
   */
  public final long currentRow() {
    return stream.currentRow().map(CsvRow::row).orElse(0L);
  }

  /**
   * The 1-based physical line on which the row that produced the entity last returned starts.
   *
   * @return the line number, or 0 before the first row
   */
  public final long currentLine() {
    return stream.currentRow().map(CsvRow::line).orElse(0L);
  }

  /**
   * How many data rows have been read so far.
   *
   * @return the count
   */
  public final long rowsRead() {
    return stream.rowsRead();
  }

  /**
   * How many rows converted so far.
   *
   * @return the count
   */
  public final long rowsConverted() {
    return stream.rowsConverted();
  }

  /**
   * How many rows were rejected so far, each reported to the error callback.
   *
   * @return the count
   */
  public final long rowsRejected() {
    return stream.rowsRejected();
  }

  /**
   * Closes the underlying text.
   *
   * @throws IOException if closing fails
   */
  @Override
  public final void close() throws IOException {
    stream.close();
  }
}
