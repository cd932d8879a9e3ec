package dev.casus.core.time;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One point in time at the precision the reporting gives: a year ({@code 2020}), a month ({@code
 * 2020-10}), a day ({@code 2020-10-04}, the strikes on Ganja) or a date-time to the second ({@code
 * 2020-10-04T09:30:00}, optionally with {@code Z} or an offset such as {@code +04:00}).
 *
 * <p>A year, month or day may carry a {@link Qualifier} ({@code 2020-10-04~}, "around October 4");
 * a date-time may not. Years run from 0000 to 9999 and every date is a real calendar date ({@code
 * 2021-02-29} does not exist). Fractional seconds are not supported.
 *
 * <p>Two values are equal when they write the same EDTF string: {@code 2020-10-04T10:00:00+01:00}
 * and {@code 2020-10-04T09:00:00Z} are the same instant but different values, because each keeps
 * the offset its source used. {@link #toString()} is {@link #toEdtf()}.
 */
public final class EdtfDate implements EdtfTime {

  private final int year;

  /** 1-12, or 0 when only the year is known. */
  private final int month;

  /** 1-31, or 0 when only the year or month is known. */
  private final int day;

  private final @Nullable LocalTime time;
  private final @Nullable ZoneOffset offset;
  private final Qualifier qualifier;

  private EdtfDate(
      int year,
      int month,
      int day,
      @Nullable LocalTime time,
      @Nullable ZoneOffset offset,
      Qualifier qualifier) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.time = time;
    this.offset = offset;
    this.qualifier = Objects.requireNonNull(qualifier, "EdtfDate.qualifier");
  }

  /**
   * A date known only to the year: {@code 2020}.
   *
   * @param year the year, 0-9999
   * @return the date, unqualified
   * @throws IllegalArgumentException if {@code year} is outside 0-9999
   */
  public static EdtfDate ofYear(int year) {
    checkYear(year);
    return new EdtfDate(year, 0, 0, null, null, Qualifier.NONE);
  }

  /**
   * A date known to the month: {@code 2020-10}.
   *
   * @param year the year, 0-9999
   * @param month the month, 1-12
   * @return the date, unqualified
   * @throws IllegalArgumentException if {@code year} or {@code month} is out of range
   */
  public static EdtfDate ofMonth(int year, int month) {
    checkYear(year);
    checkMonth(month);
    return new EdtfDate(year, month, 0, null, null, Qualifier.NONE);
  }

  /**
   * A date known to the day: {@code 2020-10-04}, the strikes on Ganja.
   *
   * @param year the year, 0-9999
   * @param month the month, 1-12
   * @param day the day of the month, which must exist in that month and year
   * @return the date, unqualified
   * @throws IllegalArgumentException if the year, month or day is out of range, or the day does not
   *     exist in that month ({@code 2021-02-29})
   */
  public static EdtfDate ofDay(int year, int month, int day) {
    checkYear(year);
    checkMonth(month);
    checkDay(year, month, day);
    return new EdtfDate(year, month, day, null, null, Qualifier.NONE);
  }

  /**
   * The day {@code date}, unqualified.
   *
   * @param date the calendar day
   * @return the date at {@link DatePrecision#DAY}
   * @throws IllegalArgumentException if the year is outside 0-9999
   */
  public static EdtfDate of(LocalDate date) {
    return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * A date-time without an offset (local time where it happened, as the source gives it): {@code
   * 2020-10-04T09:30:00}.
   *
   * @param dateTime the date and time, in whole seconds
   * @return the date-time at {@link DatePrecision#SECOND}
   * @throws IllegalArgumentException if the year is outside 0-9999 or the time has a fraction of a
   *     second
   */
  public static EdtfDate ofDateTime(LocalDateTime dateTime) {
    return dateTime(dateTime.toLocalDate(), dateTime.toLocalTime(), null);
  }

  /**
   * A date-time with an offset from UTC: {@code 2020-10-04T09:30:00+04:00}, or {@code
   * 2020-10-04T05:30:00Z} when the offset is zero. The offset is kept as given, not normalised.
   *
   * @param dateTime the date, time and offset, in whole seconds and whole minutes of offset
   * @return the date-time at {@link DatePrecision#SECOND}
   * @throws IllegalArgumentException if the year is outside 0-9999, the time has a fraction of a
   *     second, or the offset has seconds
   */
  public static EdtfDate ofDateTime(OffsetDateTime dateTime) {
    return dateTime(dateTime.toLocalDate(), dateTime.toLocalTime(), dateTime.getOffset());
  }

  private static EdtfDate dateTime(LocalDate date, LocalTime time, @Nullable ZoneOffset offset) {
    checkYear(date.getYear());
    if (!time.equals(time.withNano(0))) {
      throw new IllegalArgumentException(
          "EdtfDate.time must be in whole seconds (fractional seconds are not supported), got "
              + time);
    }
    if (offset != null && offset.getTotalSeconds() % 60 != 0) {
      throw new IllegalArgumentException(
          "EdtfDate.offset must be in whole minutes, got " + offset.getId());
    }
    return new EdtfDate(
        date.getYear(), date.getMonthValue(), date.getDayOfMonth(), time, offset, Qualifier.NONE);
  }

  /**
   * Reads a single EDTF date or date-time, such as {@code "2020-10-04"}, {@code "2020-10-04~"} or
   * {@code "2020-10-04T09:30:00Z"}.
   *
   * @param text the canonical EDTF string
   * @return the date
   * @throws EdtfParseException if {@code text} is not a canonical EDTF date of the supported subset
   *     (an interval is rejected at its {@code /}), with the position of the offending character
   */
  public static EdtfDate parse(String text) {
    return (EdtfDate) EdtfParser.parse(text, EdtfParser.Target.DATE);
  }

  /**
   * This date with {@code qualifier} instead of its current one.
   *
   * @param qualifier the new qualifier; {@link Qualifier#NONE} removes it
   * @return the qualified date ({@code this} if the qualifier is unchanged)
   * @throws IllegalArgumentException if this is a date-time and {@code qualifier} is not {@link
   *     Qualifier#NONE}: EDTF qualifies dates, not date-times
   */
  public EdtfDate withQualifier(Qualifier qualifier) {
    if (qualifier == this.qualifier) {
      return this;
    }
    if (time != null) {
      throw new IllegalArgumentException(
          "EdtfDate.qualifier must be NONE for a date-time (EDTF qualifies dates only), got "
              + qualifier
              + " for "
              + toEdtf());
    }
    return new EdtfDate(year, month, day, null, null, qualifier);
  }

  /**
   * The year.
   *
   * @return 0-9999
   */
  public int year() {
    return year;
  }

  /**
   * The month, if known.
   *
   * @return 1-12, or empty at {@link DatePrecision#YEAR}
   */
  public OptionalInt month() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /**
   * The day of the month, if known.
   *
   * @return 1-31, or empty at {@link DatePrecision#YEAR} and {@link DatePrecision#MONTH}
   */
  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * The time of day, for a date-time.
   *
   * @return the time in whole seconds, or empty unless the precision is {@link
   *     DatePrecision#SECOND}
   */
  public Optional<LocalTime> time() {
    return Optional.ofNullable(time);
  }

  /**
   * The offset from UTC of a date-time, if the source gave one ({@code Z} is {@link
   * ZoneOffset#UTC}).
   *
   * @return the offset, or empty for a date, or for a date-time in unspecified local time
   */
  public Optional<ZoneOffset> offset() {
    return Optional.ofNullable(offset);
  }

  /**
   * How finely this value pins down the moment.
   *
   * @return {@link DatePrecision#YEAR}, {@code MONTH}, {@code DAY} or {@code SECOND}
   */
  public DatePrecision precision() {
    if (month == 0) {
      return DatePrecision.YEAR;
    }
    if (day == 0) {
      return DatePrecision.MONTH;
    }
    return time == null ? DatePrecision.DAY : DatePrecision.SECOND;
  }

  /**
   * How sure the reporting is of this date.
   *
   * @return the qualifier; always {@link Qualifier#NONE} for a date-time
   */
  public Qualifier qualifier() {
    return qualifier;
  }

  /**
   * The first calendar day this date can denote: January 1 of a year, the first of a month, the day
   * itself, or the written date of a date-time (its offset ignored).
   *
   * @return the earliest day
   */
  public LocalDate earliest() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /**
   * {@link #earliest()} as the number {@code year * 10000 + month * 100 + day}, which orders like
   * the day itself, without building a {@link LocalDate}.
   */
  long earliestKey() {
    return year * 10_000L + (month == 0 ? 1 : month) * 100L + (day == 0 ? 1 : day);
  }

  /**
   * A number that compares with {@link #earliestKey()} of any date as {@link #latest()} compares
   * with its {@link #earliest()}: {@code year * 10000 + month * 100 + day}, with December 31 for a
   * year and day 31 for a month. A month's real last day would give the same comparisons, since no
   * date lies after it within the month.
   */
  long latestKey() {
    return year * 10_000L + (month == 0 ? 12 : month) * 100L + (day == 0 ? 31 : day);
  }

  /**
   * The last calendar day this date can denote: December 31 of a year, the last day of a month
   * ({@code 2020-02} gives {@code 2020-02-29}), the day itself, or the written date of a date-time.
   *
   * @return the latest day
   */
  public LocalDate latest() {
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    if (day == 0) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, month, day);
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #earliest()}, never empty
   */
  @Override
  public Optional<LocalDate> earliestDay() {
    return Optional.of(earliest());
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #latest()}, never empty
   */
  @Override
  public Optional<LocalDate> latestDay() {
    return Optional.of(latest());
  }

  /**
   * {@inheritDoc}
   *
   * @return false
   */
  @Override
  public boolean isInterval() {
    return false;
  }

  /**
   * {@inheritDoc}
   *
   * @return e.g. {@code "2020"}, {@code "2020-10"}, {@code "2020-10-04~"}, {@code
   *     "2020-10-04T09:30:00+04:00"}
   */
  @Override
  public String toEdtf() {
    // one byte array, no builder: times are written once per record of every feed written
    byte[] c = new byte[32];
    int n = digits(c, 0, year, 4);
    if (month != 0) {
      c[n++] = '-';
      n = digits(c, n, month, 2);
    }
    if (day != 0) {
      c[n++] = '-';
      n = digits(c, n, day, 2);
    }
    if (time != null) {
      c[n++] = 'T';
      n = digits(c, n, time.getHour(), 2);
      c[n++] = ':';
      n = digits(c, n, time.getMinute(), 2);
      c[n++] = ':';
      n = digits(c, n, time.getSecond(), 2);
      if (offset != null) {
        // ZoneOffset's id is "Z" for zero and "+hh:mm" for whole minutes, as EDTF writes them.
        String id = offset.getId();
        for (int i = 0; i < id.length(); i++) {
          c[n++] = (byte) id.charAt(i);
        }
      }
    }
    String suffix = qualifier.suffix();
    for (int i = 0; i < suffix.length(); i++) {
      c[n++] = (byte) suffix.charAt(i);
    }
    return new String(c, 0, n, StandardCharsets.US_ASCII);
  }

  /** Writes {@code value} (0 or more) in exactly {@code width} digits at {@code at}. */
  private static int digits(byte[] c, int at, int value, int width) {
    int v = value;
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    return at + width;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof EdtfDate other)) {
      return false;
    }
    return year == other.year
        && month == other.month
        && day == other.day
        && Objects.equals(time, other.time)
        && Objects.equals(offset, other.offset)
        && qualifier == other.qualifier;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day, time, offset, qualifier);
  }

  /**
   * The canonical EDTF string, as {@link #toEdtf()}.
   *
   * @return e.g. {@code "2020-10-04"}
   */
  @Override
  public String toString() {
    return toEdtf();
  }

  // ---- used by EdtfParser, which has already range-checked every field ----

  static EdtfDate parsed(
      int year,
      int month,
      int day,
      @Nullable LocalTime time,
      @Nullable ZoneOffset offset,
      Qualifier qualifier) {
    return new EdtfDate(year, month, day, time, offset, qualifier);
  }

  private static void checkYear(int year) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("EdtfDate.year must be 0-9999, got " + year);
    }
  }

  private static void checkMonth(int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("EdtfDate.month must be 1-12, got " + month);
    }
  }

  private static void checkDay(int year, int month, int day) {
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > length) {
      throw new IllegalArgumentException(
          "EdtfDate.day must be 1-" + length + " in " + YearMonth.of(year, month) + ", got " + day);
    }
  }
}
