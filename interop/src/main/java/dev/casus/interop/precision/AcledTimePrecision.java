package dev.casus.interop.precision;

import dev.casus.core.time.DatePrecision;
import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfInterval;
import dev.casus.core.time.EdtfTime;
import dev.casus.core.time.IntervalEnd;
import dev.casus.core.time.Qualifier;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * ACLED's {@code event_date} with {@code time_precision}, and Casus EDTF time.
 *
 * <p>ACLED always fills {@code event_date} with a day, and says with {@code time_precision} how
 * much of it is known. Casus writes what is known instead of a stand-in day:
 *
 * <table>
 *   <caption>ACLED time_precision to EDTF</caption>
 *   <tr><th>code</th><th>ACLED meaning</th><th>Casus time</th><th>example</th></tr>
 *   <tr><td>1</td><td>the source gives the day</td><td>the day</td><td>{@code 2019-12-31}</td></tr>
 *   <tr><td>2</td><td>the source gives only the week, the weekend or a few days; ACLED codes a day
 *       within them</td><td>the day, approximate ({@code ~})</td><td>{@code 2019-03-13~}</td></tr>
 *   <tr><td>3</td><td>the source gives only the month; ACLED codes a day within it (usually the
 *       15th, not always)</td><td>the month</td><td>{@code 2019-05}</td></tr>
 * </table>
 *
 * <p>Precisions 1 and 2 keep {@code event_date} in the EDTF value itself. Precision 3 does not:
 * the month does not say which stand-in day ACLED chose, so the converter keeps that day next to
 * the time ({@link #keptDay}) and gives it back to {@link #fromEdtf(EdtfTime, Optional)}. With
 * the kept day, ACLED to Casus to ACLED reproduces {@code event_date} and {@code time_precision}
 * exactly for every code.
 *
 * <p>Casus times ACLED cannot express exactly are mapped as follows: a day qualified uncertain
 * ({@code ?}) or both ({@code %}) is written as precision 2, like an approximate one; a date-time
 * is written as its day with precision 1; a month without a kept day is written as its 15th with
 * precision 3; an interval of at most 7 days is written as its middle day with precision 2, and a
 * longer one inside one calendar month as its middle day with precision 3. A year, a longer
 * interval, and an interval with an open or unknown end have no ACLED form.
 */
public final class AcledTimePrecision {

  /** The day of the month written for a month-precision time that has no kept day: the 15th. */
  public static final int MONTH_STAND_IN_DAY = 15;

  private static final int WEEK_DAYS = 7;

  private AcledTimePrecision() {}

  /**
   * The Casus time of an ACLED {@code event_date} and {@code time_precision}.
   *
   * @param eventDate the ACLED event date
   * @param timePrecision 1, 2 or 3
   * @return the day ({@code 1}), the approximate day ({@code 2}) or the month ({@code 3})
   * @throws IllegalArgumentException if {@code timePrecision} is not 1, 2 or 3, or the year is
   *     outside 0-9999
   */
  public static EdtfTime toEdtf(LocalDate eventDate, int timePrecision) {
    return switch (timePrecision) {
      case 1 -> EdtfDate.of(eventDate);
      case 2 -> EdtfDate.of(eventDate).withQualifier(Qualifier.APPROXIMATE);
      case 3 -> EdtfDate.ofMonth(eventDate.getYear(), eventDate.getMonthValue());
      default ->
          throw new IllegalArgumentException(
              "ACLED time_precision must be 1, 2 or 3, got " + timePrecision);
    };
  }

  /**
   * The ACLED day that {@link #toEdtf} leaves out of the Casus time and that must be kept beside
   * it for a lossless round trip.
   *
   * @param eventDate the ACLED event date
   * @param timePrecision 1, 2 or 3
   * @return {@code eventDate} for precision 3, empty otherwise
   * @throws IllegalArgumentException if {@code timePrecision} is not 1, 2 or 3
   */
  public static Optional<LocalDate> keptDay(LocalDate eventDate, int timePrecision) {
    if (timePrecision < 1 || timePrecision > 3) {
      throw new IllegalArgumentException(
          "ACLED time_precision must be 1, 2 or 3, got " + timePrecision);
    }
    return timePrecision == 3 ? Optional.of(eventDate) : Optional.empty();
  }

  /**
   * The ACLED date of a Casus time, with no kept day.
   *
   * @param time the Casus time
   * @return the ACLED date, or empty if ACLED cannot express the time
   */
  public static Optional<AcledDate> fromEdtf(EdtfTime time) {
    return fromEdtf(time, Optional.empty());
  }

  /**
   * The ACLED date of a Casus time.
   *
   * @param time the Casus time
   * @param keptDay the day {@link #keptDay} returned when the time was read from ACLED; used for a
   *     month-precision time when it lies in that month
   * @return the ACLED date, or empty if ACLED cannot express the time (a year, an interval longer
   *     than 7 days that crosses a month boundary, an interval longer than a month, an open or
   *     unknown interval end)
   */
  public static Optional<AcledDate> fromEdtf(EdtfTime time, Optional<LocalDate> keptDay) {
    if (time instanceof EdtfDate date) {
      return fromDate(date, keptDay);
    }
    EdtfInterval interval = (EdtfInterval) time;
    if (interval.startKind() != IntervalEnd.DATE || interval.endKind() != IntervalEnd.DATE) {
      return Optional.empty();
    }
    LocalDate first = interval.earliestDay().orElseThrow();
    LocalDate last = interval.latestDay().orElseThrow();
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    LocalDate middle = first.plusDays((days - 1) / 2);
    if (days <= WEEK_DAYS) {
      return Optional.of(new AcledDate(middle, days == 1 ? 1 : 2));
    }
    if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
      return Optional.of(new AcledDate(middle, 3));
    }
    return Optional.empty();
  }

  private static Optional<AcledDate> fromDate(EdtfDate date, Optional<LocalDate> keptDay) {
    DatePrecision precision = date.precision();
    switch (precision) {
      case SECOND:
        return Optional.of(new AcledDate(date.earliest(), 1));
      case DAY:
        int code = date.qualifier() == Qualifier.NONE ? 1 : 2;
        return Optional.of(new AcledDate(date.earliest(), code));
      case MONTH:
        LocalDate first = date.earliest();
        LocalDate day =
            keptDay
                .filter(d -> d.getYear() == first.getYear() && d.getMonth() == first.getMonth())
                .orElse(first.withDayOfMonth(MONTH_STAND_IN_DAY));
        return Optional.of(new AcledDate(day, 3));
      case YEAR:
        return Optional.empty();
    }
    throw new AssertionError(precision);
  }
}
