package dev.casus.interop.ucdp;

/**
 * A GED row that could not be converted and was skipped: where it is, which column is wrong and
 * why. The reader reports every such row; none is dropped silently.
 *
 * @param row the 1-based data row (the first row after the header is 1)
 * @param line the 1-based physical line the row starts on
 * @param column the column at fault; empty if the row as a whole is at fault
 * @param reason what is wrong
 * @param eventId the row's {@code id} cell, empty if it has none
 */
public record UcdpRowError(long row, long line, String column, String reason, String eventId) {

  /**
   * The error as one line: {@code row 3 (line 4) 244657, column low: ...}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "row "
        + row
        + " (line "
        + line
        + ")"
        + (eventId.isEmpty() ? "" : " " + eventId)
        + (column.isEmpty() ? "" : ", column " + column)
        + ": "
        + reason;
  }
}
