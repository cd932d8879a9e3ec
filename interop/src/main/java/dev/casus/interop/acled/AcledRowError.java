package dev.casus.interop.acled;

/**
 * An ACLED row that could not be converted and was skipped: where it is, which column is wrong
 * and why. The reader reports every such row; none is dropped silently.
 *
 * @param row the 1-based data row (the first row after the header and any hashtag row is 1)
 * @param line the 1-based physical line the row starts on
 * @param column the column at fault (lower case, as in {@link AcledColumns}); empty if the row
 *     as a whole is at fault
 * @param reason what is wrong, e.g. {@code latitude must be a number in [-90, 90], got "95"}
 * @param eventId the row's {@code event_id_cnty}, empty if it has none
 */
public record AcledRowError(long row, long line, String column, String reason, String eventId) {

  /**
   * The error as one line: {@code row 3 (line 5) ARM3351, column latitude: ...}.
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
