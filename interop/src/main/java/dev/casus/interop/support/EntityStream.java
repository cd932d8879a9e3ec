package dev.casus.interop.support;

import dev.casus.core.entity.Entity;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the rows of a CSV file into a stream of Casus entities, one row at a time: the reader
 * side shared by the ACLED and UCDP GED converters. A row that cannot be converted is handed to
 * a failure sink with the column and the reason, and the stream goes on with the next row; no
 * row is dropped silently.
 */
public final class EntityStream implements Iterator<Entity>, Closeable {

  /** Converts one row into the entities it introduces, in stream order. */
  public interface Converter {
    /**
     * The entities of one row.
     *
     * @param row the row
     * @return the entities, in the order they are to be streamed
     * @throws RowFailure if the row cannot be converted
     */
    List<Entity> convert(CsvRow row) throws RowFailure;

    /** Forgets whatever a failed {@link #convert} call staged. */
    void rollback();
  }

  /** Receives the rows that failed. */
  public interface FailureSink {
    /**
     * Called once for each row that cannot be converted.
     *
     * @param row the row
     * @param failure the column at fault and the reason
     */
    void failed(CsvRow row, RowFailure failure);
  }

  private final CsvInput input;
  private final Converter converter;
  private final FailureSink sink;
  private final ArrayDeque<Entity> queue = new ArrayDeque<>();
  private @Nullable CsvRow current;
  private long rowsRead;
  private long rowsConverted;
  private boolean exhausted;

  /**
   * A stream over the rows of {@code input}.
   *
   * @param input the CSV rows
   * @param converter converts a row
   * @param sink receives the rows that fail
   */
  public EntityStream(CsvInput input, Converter converter, FailureSink sink) {
    this.input = input;
    this.converter = converter;
    this.sink = sink;
  }

  /**
   * Whether another entity follows, converting rows as needed.
   *
   * @return true if {@link #next()} has an entity
   * @throws java.io.UncheckedIOException if the text cannot be read or is not well-formed CSV
   */
  @Override
  public boolean hasNext() {
    while (queue.isEmpty() && !exhausted) {
      Optional<CsvRow> row = input.next();
      if (row.isEmpty()) {
        exhausted = true;
        break;
      }
      rowsRead++;
      CsvRow r = row.get();
      try {
        List<Entity> entities = converter.convert(r);
        queue.addAll(entities);
        current = r;
        rowsConverted++;
      } catch (RowFailure failure) {
        converter.rollback();
        sink.failed(r, failure);
      } catch (IllegalArgumentException e) {
        converter.rollback();
        sink.failed(r, new RowFailure("", String.valueOf(e.getMessage())));
      }
    }
    return !queue.isEmpty();
  }

  /**
   * The next entity.
   *
   * @return the entity
   * @throws NoSuchElementException at the end of the stream
   */
  @Override
  public Entity next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows");
    }
    return queue.removeFirst();
  }

  /**
   * The row that produced the entities currently being streamed.
   *
   * @return the row, or empty before the first converted row
   */
  public Optional<CsvRow> currentRow() {
    return Optional.ofNullable(current);
  }

  /**
   * How many data rows have been read so far.
   *
   * @return the count
   */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * How many rows converted.
   *
   * @return the count
   */
  public long rowsConverted() {
    return rowsConverted;
  }

  /**
   * How many rows were rejected (each reported to the failure sink).
   *
   * @return the count
   */
  public long rowsRejected() {
    return rowsRead - rowsConverted;
  }

  @Override
  public void close() throws IOException {
    input.close();
  }
}
