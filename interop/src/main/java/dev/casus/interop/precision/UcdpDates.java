package dev.casus.interop.precision;

import java.time.LocalDate;

/**
 * A UCDP GED event's dates: what {@code date_start}, {@code date_end} and {@code date_prec} hold
 * in one GED row.
 *
 * @param start the first day the event may have happened on ({@code date_start})
 * @param end the last day ({@code date_end}), not before {@code start}
 * @param datePrec 1 (the day) to 5 (more than a month, or only the year)
 */
public record UcdpDates(LocalDate start, LocalDate end, int datePrec) {

  /**
   * Checks the dates and the code.
   *
   * @param start {@code date_start}
   * @param end {@code date_end}
   * @param datePrec {@code date_prec}, 1 to 5
   * @throws IllegalArgumentException if {@code end} is before {@code start} or {@code datePrec}
   *     is not between 1 and 5
   */
  public UcdpDates {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "UcdpDates.end must not be before start, got start=" + start + " end=" + end);
    }
    if (datePrec < 1 || datePrec > 5) {
      throw new IllegalArgumentException(
          "UcdpDates.datePrec must be between 1 and 5, got " + datePrec);
    }
  }
}
