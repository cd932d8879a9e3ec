package dev.casus.interop.support;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads typed values from the cells of a CSV event row (a code, a coordinate, a death count, a
 * list of names), failing the row with a {@link RowFailure} that names the column and quotes the
 * cell when the cell does not hold such a value.
 */
public final class RowCells {

  private RowCells() {}

  /**
   * A small numeric code, such as ACLED's {@code geo_precision} or GED's {@code where_prec}.
   *
   * @param row the row
   * @param column the column
   * @param min the smallest code allowed
   * @param max the largest code allowed
   * @return the code
   * @throws RowFailure if the cell is not a whole number from {@code min} to {@code max}
   */
  public static int code(CsvRow row, String column, int min, int max) throws RowFailure {
    String cell = row.get(column).strip();
    if (!cell.matches("[0-9]{1,2}")
        || Integer.parseInt(cell) < min
        || Integer.parseInt(cell) > max) {
      throw new RowFailure(
          column,
          "must be a code from " + min + " to " + max + ", got \"" + row.get(column) + "\"");
    }
    return Integer.parseInt(cell);
  }

  /**
   * A latitude or longitude in decimal degrees, such as Ganja's 40.6828.
   *
   * @param row the row
   * @param column the column
   * @param limit the largest absolute value allowed: 90 for a latitude, 180 for a longitude
   * @return the coordinate
   * @throws RowFailure if the cell is not a finite number in {@code [-limit, limit]}
   */
  public static double coordinate(CsvRow row, String column, double limit) throws RowFailure {
    String cell = row.get(column).strip();
    double value;
    try {
      value = cell.matches(".*[a-zA-Z].*") ? Double.NaN : Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!Double.isFinite(value) || value < -limit || value > limit) {
      throw new RowFailure(
          column,
          "must be a number in [-"
              + (int) limit
              + ", "
              + (int) limit
              + "], got \""
              + row.get(column)
              + "\"");
    }
    return value;
  }

  /**
   * A count of people, such as ACLED's {@code fatalities} or GED's {@code best}.
   *
   * @param row the row
   * @param column the column
   * @return the count, or empty if the cell is blank
   * @throws RowFailure if the cell is neither blank nor a whole number &gt;= 0
   */
  public static OptionalLong count(CsvRow row, String column) throws RowFailure {
    String cell = row.get(column).strip();
    if (cell.isEmpty()) {
      return OptionalLong.empty();
    }
    if (!cell.matches("[0-9]{1,15}")) {
      throw new RowFailure(column, "must be a whole number >= 0, got \"" + row.get(column) + "\"");
    }
    return OptionalLong.of(Long.parseLong(cell));
  }

  /**
   * The names in a cell that lists several separated by semicolons, such as ACLED's {@code source}
   * or {@code assoc_actor_1}.
   *
   * @param cell the cell
   * @return the names, stripped, without empty ones, in cell order
   */
  public static List<String> split(String cell) {
    List<String> parts = new ArrayList<>();
    for (String part : cell.split(";")) {
      String p = part.strip();
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    return parts;
  }
}
