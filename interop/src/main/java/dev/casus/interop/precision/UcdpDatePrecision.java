package dev.casus.interop.precision;

import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfInterval;
import dev.casus.core.time.EdtfTime;
import dev.casus.core.time.IntervalEnd;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * UCDP GED's {@code date_start} / {@code date_end} with {@code date_prec}, and Casus EDTF time.
 *
 * <p>UCDP bounds every event by a first and a last possible day and grades the span:
 *
 * <table>
 *   <caption>UCDP date_prec</caption>
 *   <tr><th>code</th><th>UCDP meaning</th><th>span derived here</th></tr>
 *   <tr><td>1</td><td>the exact day is known</td><td>1 day</td></tr>
 *   <tr><td>2</td><td>a period of 2 to 6 days</td><td>2-6 days</td></tr>
 *   <tr><td>3</td><td>only the week is known</td><td>7 days</td></tr>
 *   <tr><td>4</td><td>a period of 8 to 30 days, or only the month</td><td>8-31 days</td></tr>
 *   <tr><td>5</td><td>more than a month, or only the year</td><td>more than 31 days</td></tr>
 * </table>
 *
 * <p>Casus writes the span as EDTF ({@link #toEdtf}): one day when start and end are the same
 * ({@code 2020-10-04}); the month when they are the first and last day of one month ({@code
 * 2020-10}); the year when they are January 1 and December 31 of one year ({@code 2020}); an
 * interval otherwise ({@code 2020-09-27/2020-10-04}). Reading it back ({@link #fromEdtf}) gives
 * the same start and end, and the code derived from the span ({@link #derivedCode}). UCDP's code
 * is a coder's judgement and can differ from the derived one (a 7-day span coded 2); the GED
 * converter keeps such a code in an extension so that the row still round-trips.
 */
public final class UcdpDatePrecision {

  private UcdpDatePrecision() {}

  /**
   * The Casus time of a UCDP event's first and last day.
   *
   * @param start {@code date_start}
   * @param end {@code date_end}
   * @return a day, a month, a year or an interval of days
   * @throws IllegalArgumentException if {@code end} is before {@code start} or a year is outside
   *     0-9999
   */
  public static EdtfTime toEdtf(LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "UCDP date_end must not be before date_start, got date_start="
              + start
              + " date_end="
              + end);
    }
    if (start.equals(end)) {
      return EdtfDate.of(start);
    }
    if (start.getDayOfMonth() == 1
        && end.equals(start.with(TemporalAdjusters.lastDayOfMonth()))) {
      return EdtfDate.ofMonth(start.getYear(), start.getMonthValue());
    }
    if (start.getDayOfYear() == 1 && end.equals(start.with(TemporalAdjusters.lastDayOfYear()))) {
      return EdtfDate.ofYear(start.getYear());
    }
    return EdtfInterval.of(EdtfDate.of(start), EdtfDate.of(end));
  }

  /**
   * The {@code date_prec} code that the span from {@code start} to {@code end} implies: 1 for one
   * day, 2 for 2-6 days, 3 for 7 days, 4 for 8-31 days (a whole month included), 5 beyond.
   *
   * @param start {@code date_start}
   * @param end {@code date_end}
   * @return the code, 1 to 5
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static int derivedCode(LocalDate start, LocalDate end) {
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    if (days < 1) {
      throw new IllegalArgumentException(
          "UCDP date_end must not be before date_start, got date_start="
              + start
              + " date_end="
              + end);
    }
    if (days == 1) {
      return 1;
    }
    if (days <= 6) {
      return 2;
    }
    if (days == 7) {
      return 3;
    }
    return days <= 31 ? 4 : 5;
  }

  /**
   * The UCDP dates of a Casus time: its earliest and latest day and the code derived from them.
   * Qualifiers and times of day are dropped (UCDP has no place for them).
   *
   * @param time the Casus time
   * @return the dates, or empty if an interval end is open or unknown
   */
  public static Optional<UcdpDates> fromEdtf(EdtfTime time) {
    if (time instanceof EdtfInterval interval
        && (interval.startKind() != IntervalEnd.DATE || interval.endKind() != IntervalEnd.DATE)) {
      return Optional.empty();
    }
    LocalDate start = time.earliestDay().orElseThrow();
    LocalDate end = time.latestDay().orElseThrow();
    return Optional.of(new UcdpDates(start, end, derivedCode(start, end)));
  }
}
