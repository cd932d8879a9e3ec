package dev.casus.interop.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One data row of a CSV file, with its cells found by (normalised) header name and its place in
 * the file: the data row number (1 for the first row after the header and any hashtag row) and
 * the physical line it starts on.
 */
public final class CsvRow {

  private final long row;
  private final long line;
  private final List<String> header;
  private final List<String> cells;

  CsvRow(long row, long line, List<String> header, List<String> cells) {
    this.row = row;
    this.line = line;
    this.header = header;
    this.cells = cells;
  }

  /**
   * The 1-based number of this data row.
   *
   * @return the row number
   */
  public long row() {
    return row;
  }

  /**
   * The 1-based physical line of the file on which this row starts.
   *
   * @return the line number
   */
  public long line() {
    return line;
  }

  /**
   * Whether the file has this column.
   *
   * @param column the normalised column name
   * @return true if present in the header
   */
  public boolean has(String column) {
    return header.contains(column);
  }

  /**
   * The cell of {@code column}, exactly as read.
   *
   * @param column the normalised column name
   * @return the cell; empty if the file has no such column or the row is short
   */
  public String get(String column) {
    int i = header.indexOf(column);
    return i < 0 || i >= cells.size() ? "" : cells.get(i);
  }

  /**
   * All cells by column, in header order; missing trailing cells are empty.
   *
   * @return column name to cell
   */
  public Map<String, String> cells() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String column : header) {
      map.put(column, get(column));
    }
    return map;
  }
}
