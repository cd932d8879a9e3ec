package dev.casus.interop.support;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file (RFC 4180) with a header row, one record at a time, so that a file of a
 * million rows is read in constant memory. Column names are normalised (byte-order mark and
 * surrounding white space removed, lower case, inner white space as {@code _}), so cells are
 * found by name whatever the column order. A second row whose non-empty cells all start with
 * {@code #} (the HXL hashtag row of files on the Humanitarian Data Exchange) is skipped. Blank
 * lines are skipped.
 */
public final class CsvInput implements Closeable {

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;
  private final @Nullable List<String> hashtags;
  private @Nullable CSVRecord pending;
  private long pendingEnd;
  private @Nullable CsvRow peekedRow;
  private boolean peeked;
  private long lastLine;
  private long rowNumber;

  private CsvInput(Reader in) throws IOException {
    parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(in);
    records = parser.iterator();
    if (!records.hasNext()) {
      throw new IOException("CSV input is empty: expected a header row");
    }
    CSVRecord first = records.next();
    lastLine = parser.getCurrentLineNumber();
    List<String> names = new ArrayList<>();
    for (String name : first) {
      names.add(normalise(name));
    }
    header = List.copyOf(names);
    List<String> tags = null;
    if (records.hasNext()) {
      CSVRecord second = records.next();
      if (isHashtagRow(second)) {
        List<String> t = new ArrayList<>();
        second.forEach(t::add);
        tags = List.copyOf(t);
        lastLine = parser.getCurrentLineNumber();
      } else {
        pending = second;
        pendingEnd = parser.getCurrentLineNumber();
      }
    }
    hashtags = tags;
  }

  /**
   * Opens a CSV file and reads its header row (and hashtag row, if any).
   *
   * @param in the CSV text
   * @return the input, positioned before the first data row
   * @throws IOException if the text cannot be read or has no header row
   */
  public static CsvInput open(Reader in) throws IOException {
    return new CsvInput(in);
  }

  /**
   * The normalised column names, in file order.
   *
   * @return the header
   */
  public List<String> header() {
    return header;
  }

  /**
   * The HXL hashtag row, if the file has one.
   *
   * @return its cells, or empty
   */
  public Optional<List<String>> hashtags() {
    return Optional.ofNullable(hashtags);
  }

  /**
   * The next data row without consuming it.
   *
   * @return the row {@link #next()} will return, or empty at the end of the file
   * @throws java.io.UncheckedIOException if the text cannot be read or is not well-formed CSV
   */
  public Optional<CsvRow> peek() {
    if (!peeked) {
      peekedRow = read().orElse(null);
      peeked = true;
    }
    return Optional.ofNullable(peekedRow);
  }

  /**
   * The next data row.
   *
   * @return the row, or empty at the end of the file
   * @throws java.io.UncheckedIOException if the text cannot be read or is not well-formed CSV
   */
  public Optional<CsvRow> next() {
    if (peeked) {
      peeked = false;
      CsvRow row = peekedRow;
      peekedRow = null;
      return Optional.ofNullable(row);
    }
    return read();
  }

  private Optional<CsvRow> read() {
    while (true) {
      CSVRecord record;
      long startLine = lastLine + 1;
      if (pending != null) {
        record = pending;
        pending = null;
        lastLine = pendingEnd;
      } else if (records.hasNext()) {
        record = records.next();
        lastLine = parser.getCurrentLineNumber();
      } else {
        return Optional.empty();
      }
      if (record.size() == 1 && record.get(0).isEmpty()) {
        continue; // a blank line
      }
      List<String> cells = new ArrayList<>(record.size());
      record.forEach(cells::add);
      rowNumber++;
      return Optional.of(new CsvRow(rowNumber, startLine, header, cells));
    }
  }

  private static boolean isHashtagRow(CSVRecord record) {
    boolean any = false;
    for (String cell : record) {
      String c = cell.strip();
      if (c.isEmpty()) {
        continue;
      }
      if (!c.startsWith("#")) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * The normalised form of a column name: no byte-order mark, stripped, lower case, inner white
   * space as {@code _}.
   *
   * @param name the name as written in the header
   * @return e.g. {@code "source_scale"} for {@code "SOURCE SCALE"}
   */
  public static String normalise(String name) {
    String n = name.startsWith("\uFEFF") ? name.substring(1) : name;
    return n.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
