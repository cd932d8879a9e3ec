package dev.casus.testing;

import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfInterval;
import dev.casus.core.time.EdtfTime;
import dev.casus.core.time.Qualifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * EDTF dates and intervals of every form the model supports: year, month, day and second
 * precision; no offset, {@code Z} and {@code +hh:mm}; the qualifiers {@code ?}, {@code ~} and
 * {@code %}; open ({@code ..}) and unknown interval ends; intervals mixing precisions.
 */
final class TimeGen {

  /** The latest day a generated feed may date anything: the day before its createdAt. */
  static final LocalDate FEED_LAST_DAY = LocalDate.of(2099, 12, 31);

  private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private final Draw draw;

  TimeGen(Draw draw) {
    this.draw = draw;
  }

  /** Any date or interval. */
  EdtfTime time() {
    return time(FIRST_DAY, LAST_DAY);
  }

  /** A date or interval that is about days in {@code [first, last]}. */
  EdtfTime time(LocalDate first, LocalDate last) {
    return draw.chance(0.6) ? date(first, last, true) : interval(first, last);
  }

  /** Any date, possibly a date-time. */
  EdtfDate date() {
    return date(FIRST_DAY, LAST_DAY, true);
  }

  /**
   * A date whose every day lies in {@code [first, last]} when its precision allows (a year or
   * month at the edges of the range is cut to day precision).
   */
  EdtfDate date(LocalDate first, LocalDate last, boolean allowTime) {
    LocalDate day = day(first, last);
    int precision = draw.between(0, allowTime ? 9 : 7);
    EdtfDate date;
    if (precision < 2 && !day.withDayOfYear(1).isBefore(first)
        && !day.withDayOfYear(day.lengthOfYear()).isAfter(last)) {
      date = EdtfDate.ofYear(day.getYear());
    } else if (precision < 4 && !day.withDayOfMonth(1).isBefore(first)
        && !day.withDayOfMonth(day.lengthOfMonth()).isAfter(last)) {
      date = EdtfDate.ofMonth(day.getYear(), day.getMonthValue());
    } else if (precision < 8) {
      date = EdtfDate.of(day);
    } else {
      return dateTime(day);
    }
    return draw.chance(0.3) ? date.withQualifier(draw.constant(Qualifier.class)) : date;
  }

  private EdtfDate dateTime(LocalDate day) {
    LocalTime time =
        draw.chance(0.1)
            ? draw.pick(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59), LocalTime.NOON)
            : LocalTime.ofSecondOfDay(draw.between(0, 86_399));
    int form = draw.between(0, 2);
    if (form == 0) {
      return EdtfDate.ofDateTime(LocalDateTime.of(day, time));
    }
    ZoneOffset offset =
        form == 1
            ? ZoneOffset.UTC
            : ZoneOffset.ofTotalSeconds(
                60 * (draw.chance(0.1) ? draw.pick(-1080, 1080, 330, -570, 345) : draw.between(-1080, 1080)));
    return EdtfDate.ofDateTime(OffsetDateTime.of(day, time, offset));
  }

  /** A day in {@code [first, last]}: mostly near the present, sometimes at the edges. */
  LocalDate day(LocalDate first, LocalDate last) {
    long span = ChronoUnit.DAYS.between(first, last);
    int form = draw.between(0, 19);
    if (form == 0) {
      return first;
    }
    if (form == 1) {
      return last;
    }
    if (form == 2) {
      // 29 February of a leap year in range, if any
      int year = (int) draw.between((long) first.getYear(), (long) last.getYear());
      year -= Math.floorMod(year, 4);
      if (year % 100 == 0 && year % 400 != 0) {
        year -= 4;
      }
      if (year >= 0) {
        LocalDate leap = LocalDate.of(year, 2, 29);
        if (!leap.isBefore(first) && !leap.isAfter(last)) {
          return leap;
        }
      }
    }
    if (form < 16) {
      LocalDate modern = LocalDate.of(1990, 1, 1);
      LocalDate from = modern.isBefore(first) ? first : modern;
      LocalDate to = LocalDate.of(2030, 12, 31).isAfter(last) ? last : LocalDate.of(2030, 12, 31);
      if (!to.isBefore(from)) {
        return from.plusDays(draw.between(0L, ChronoUnit.DAYS.between(from, to)));
      }
    }
    return first.plusDays(draw.between(0L, span));
  }

  /** An interval of dates without time, between {@code first} and {@code last}. */
  EdtfInterval interval(LocalDate first, LocalDate last) {
    int form = draw.between(0, 9);
    if (form == 0) {
      return EdtfInterval.since(date(first, last, false));
    }
    if (form == 1) {
      return EdtfInterval.until(date(first, last, false));
    }
    if (form == 2) {
      return EdtfInterval.withUnknownStart(date(first, last, false));
    }
    if (form == 3) {
      return EdtfInterval.withUnknownEnd(date(first, last, false));
    }
    LocalDate a = day(first, last);
    LocalDate b = day(first, last);
    if (form == 4) {
      b = a; // same day, or a year and a month of it: "2020/2020-10"
    }
    LocalDate from = a.isBefore(b) ? a : b;
    LocalDate to = a.isBefore(b) ? b : a;
    EdtfDate start = date(first, to, false);
    EdtfDate end = date(from, last, false);
    if (start.earliest().isAfter(end.latest())) {
      start = around(from, first, last);
      end = around(to, first, last);
    }
    return EdtfInterval.of(start, end);
  }

  /** A date holding {@code day}, at a random precision that stays in {@code [first, last]}. */
  private EdtfDate around(LocalDate day, LocalDate first, LocalDate last) {
    EdtfDate date = date(day, day, false);
    int form = draw.between(0, 2);
    if (form == 0 && !day.withDayOfYear(1).isBefore(first)
        && !day.withDayOfYear(day.lengthOfYear()).isAfter(last)) {
      date = EdtfDate.ofYear(day.getYear());
    } else if (form == 1 && !day.withDayOfMonth(1).isBefore(first)
        && !day.withDayOfMonth(day.lengthOfMonth()).isAfter(last)) {
      date = EdtfDate.ofMonth(day.getYear(), day.getMonthValue());
    }
    return draw.chance(0.3) ? date.withQualifier(draw.constant(Qualifier.class)) : date;
  }

  /**
   * A date or interval that does not end before {@code notBefore} (so that a statement or
   * casualty report about an incident is never dated before the incident) and lies within the
   * feed's range.
   */
  EdtfTime timeNotBefore(LocalDate notBefore) {
    int form = draw.between(0, 9);
    if (form < 6) {
      return date(notBefore, FEED_LAST_DAY, true);
    }
    if (form == 6) {
      return EdtfInterval.withUnknownEnd(date(LocalDate.of(0, 1, 1), FEED_LAST_DAY, false));
    }
    if (form == 7) {
      return EdtfInterval.since(date(LocalDate.of(0, 1, 1), FEED_LAST_DAY, false));
    }
    // a closed or "until" interval whose end is not before notBefore
    EdtfDate end = date(notBefore, FEED_LAST_DAY, false);
    if (form == 8) {
      return EdtfInterval.until(end);
    }
    EdtfDate start = date(LocalDate.of(0, 1, 1), end.earliest(), false);
    return EdtfInterval.of(start, end);
  }
}
