package dev.casus.interop.support;

/**
 * Makes a format's own record of a row that was skipped (such as {@code AcledRowError} or {@code
 * UcdpRowError}), so that shared reading code can report rows in each format's terms.
 *
 * @param <E> the format's row error type
 */
@FunctionalInterface
public interface RowErrorFactory<E> {

  /**
   * The error for one skipped row.
   *
   * @param row the 1-based data row
   * @param line the 1-based physical line the row starts on
   * @param column the column at fault; empty if the row as a whole is at fault
   * @param reason what is wrong
   * @param eventId the row's event id cell, empty if it has none
   * @return the error
   */
  E create(long row, long line, String column, String reason, String eventId);
}
