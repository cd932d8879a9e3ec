package dev.casus.core.time;

import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The hand-written, single-pass reader of the canonical EDTF subset (see {@link EdtfTime}).
 *
 * <p>Grammar, over ASCII only:
 *
 * <pre>
 * time     = date | interval
 * interval = ( day-date | ".." | "" ) "/" ( day-date | ".." | "" )   ; at least one day-date
 * date     = day-date | date-time
 * day-date = YYYY [ "-" MM [ "-" DD ] ] [ "?" | "~" | "%" ]
 * date-time = YYYY "-" MM "-" DD "T" hh ":" mm ":" ss [ "Z" | ( "+" | "-" ) hh ":" mm ]
 * </pre>
 *
 * <p>Every field is range-checked as soon as it is read. A syntax error points at the first
 * character that cannot continue the input; a value error (month 13, day 29 in a common-year
 * February, an end before the start, no date end) points at the first character of the field or
 * interval end it concerns. Nothing but {@link EdtfParseException} escapes.
 */
final class EdtfParser {

  /** What the caller wants: anything, only a single date, or only an interval. */
  enum Target {
    ANY,
    DATE,
    INTERVAL
  }

  private static final String QUALIFIERS = "a qualifier (?, ~ or %)";

  private final String text;
  private int pos;

  private EdtfParser(String text) {
    this.text = text;
  }

  static EdtfTime parse(String text, Target target) {
    Objects.requireNonNull(text, "text");
    if (target != Target.INTERVAL && text.length() == 10) {
      EdtfDate day = plainDay(text);
      if (day != null) {
        return day;
      }
    }
    return new EdtfParser(text).time(target);
  }

  /**
   * The commonest form, a day such as {@code 2020-10-04} (every ACLED and UCDP event date), read
   * without the general parser; null if the text is anything else or out of range, which the
   * general parser then reads or explains.
   */
  private static @Nullable EdtfDate plainDay(String t) {
    if (t.charAt(4) != '-' || t.charAt(7) != '-') {
      return null;
    }
    int year = digit(t, 0) * 1000 + digit(t, 1) * 100 + digit(t, 2) * 10 + digit(t, 3);
    int month = digit(t, 5) * 10 + digit(t, 6);
    int day = digit(t, 8) * 10 + digit(t, 9);
    if (year < 0 || month < 1 || month > 12 || day < 1) {
      return null; // a non-digit makes its number negative
    }
    if (day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return EdtfDate.parsed(year, month, day, null, null, Qualifier.NONE);
  }

  /** The digit at {@code i}, or a large negative number if it is not an ASCII digit. */
  private static int digit(String t, int i) {
    int d = t.charAt(i) - '0';
    return d >= 0 && d <= 9 ? d : -100_000;
  }

  /** A date just read, with what could have followed it, for error messages. */
  private static final class ReadDate {
    final EdtfDate date;

    /** Index of the 'T' of a date-time, or -1. */
    final int timePos;

    /** What may continue the date where reading stopped, e.g. "'-', a qualifier", or "". */
    final String continuation;

    ReadDate(EdtfDate date, int timePos, String continuation) {
      this.date = date;
      this.timePos = timePos;
      this.continuation = continuation;
    }
  }

  private EdtfTime time(Target target) {
    if (text.length() > EdtfTime.MAX_LENGTH) {
      throw fail(
          EdtfTime.MAX_LENGTH,
          "input must be at most " + EdtfTime.MAX_LENGTH + " characters, got " + text.length());
    }
    if (text.isEmpty()) {
      throw fail(
          0,
          target == Target.DATE
              ? "expected a date, found end of input"
              : "expected a date, \"..\" or \"/\", found end of input");
    }

    // Start: a date, ".." (open) or nothing before the '/' (unknown).
    ReadDate start = null;
    IntervalEnd startKind;
    if (peek() == '.' && target != Target.DATE) {
      open();
      startKind = IntervalEnd.OPEN;
    } else if (peek() == '/' && target != Target.DATE) {
      startKind = IntervalEnd.UNKNOWN;
    } else {
      start = date();
      startKind = IntervalEnd.DATE;
    }

    if (atEnd()) {
      if (start == null) {
        throw fail(pos, "expected '/' after the open start \"..\", found end of input");
      }
      if (target == Target.INTERVAL) {
        throw fail(pos, "expected '/' and the end of the interval, found end of input");
      }
      return start.date;
    }
    if (peek() != '/') {
      if (start == null) {
        throw fail(pos, "expected '/' after the open start \"..\", found " + describe(peek()));
      }
      throw unexpected(
          start.continuation, target == Target.DATE ? "end of input" : "'/' or end of input");
    }
    if (target == Target.DATE) {
      throw fail(
          pos, "expected end of input, found '/': a single date was expected, not an interval");
    }
    if (start != null && start.timePos >= 0) {
      throw fail(start.timePos, timeInIntervalProblem());
    }
    pos++; // the '/'

    // End: a date, ".." (open) or nothing (unknown).
    int endPos = pos;
    ReadDate end = null;
    IntervalEnd endKind;
    if (atEnd()) {
      endKind = IntervalEnd.UNKNOWN;
    } else if (peek() == '.') {
      open();
      endKind = IntervalEnd.OPEN;
    } else {
      end = date();
      endKind = IntervalEnd.DATE;
    }
    if (!atEnd()) {
      throw unexpected(end == null ? "" : end.continuation, "end of input");
    }
    if (end != null && end.timePos >= 0) {
      throw fail(end.timePos, timeInIntervalProblem());
    }
    if (start == null && end == null) {
      throw fail(
          endPos,
          "expected a date: an interval needs at least one date end, found "
              + (endKind == IntervalEnd.OPEN ? "\"..\"" : "end of input"));
    }
    if (start != null && end != null) {
      Optional<String> problem = EdtfInterval.orderProblem(start.date, end.date);
      if (problem.isPresent()) {
        throw fail(endPos, problem.get());
      }
    }
    return EdtfInterval.parsed(
        start == null ? null : start.date, startKind, end == null ? null : end.date, endKind);
  }

  private static String timeInIntervalProblem() {
    return "an interval end must be a date without a time of day (EDTF intervals join dates)";
  }

  /** Reads "..", an open interval end, at {@code pos}. */
  private void open() {
    pos++; // first '.', already seen
    if (atEnd()) {
      throw fail(pos, "expected \"..\" (an open interval end), found end of input");
    }
    if (peek() != '.') {
      throw fail(pos, "expected \"..\" (an open interval end), found " + describe(peek()));
    }
    pos++;
  }

  /** Reads a date or date-time at {@code pos}, stopping at the first character it cannot use. */
  private ReadDate date() {
    char first = peek();
    if (first == '-') {
      throw fail(pos, "negative years are not supported; expected a 4-digit year 0000-9999");
    }
    if (first == 'Y') {
      throw fail(pos, "Y-prefixed years are not supported; expected a 4-digit year 0000-9999");
    }
    if (first == '[' || first == '{') {
      throw fail(pos, "sets ([...] and {...}) are not supported; expected a date");
    }
    int year = digits(4, "a 4-digit year");
    if (!atEnd() && isAsciiDigit(peek())) {
      throw fail(pos, "year must have exactly 4 digits (0000-9999)");
    }
    if (atEnd() || peek() != '-') {
      return qualified(year, 0, 0, "'-', " + QUALIFIERS);
    }
    pos++;
    int monthPos = pos;
    int month = digits(2, "a 2-digit month");
    if (month >= 21 && month <= 24) {
      throw fail(monthPos, "seasons (21-24) are not supported; month must be 01-12, got " + month);
    }
    if (month < 1 || month > 12) {
      throw fail(monthPos, "month must be 01-12, got " + twoDigits(month));
    }
    if (atEnd() || peek() != '-') {
      return qualified(year, month, 0, "'-', " + QUALIFIERS);
    }
    pos++;
    int dayPos = pos;
    int day = digits(2, "a 2-digit day");
    if (day < 1 || day > 31) {
      throw fail(dayPos, "day must be 01-31, got " + twoDigits(day));
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (day > yearMonth.lengthOfMonth()) {
      throw fail(
          dayPos,
          "day must be 01-"
              + yearMonth.lengthOfMonth()
              + " in "
              + yearMonth
              + (month == 2 && day == 29 ? " (" + yearMonth.getYear() + " is not a leap year)" : "")
              + ", got "
              + day);
    }
    if (atEnd() || peek() != 'T') {
      return qualified(year, month, day, "'T', " + QUALIFIERS);
    }
    int timePos = pos;
    pos++;
    LocalTime time = timeOfDay();
    if (!atEnd() && (peek() == '.' || peek() == ',')) {
      throw fail(pos, "fractional seconds are not supported");
    }
    ZoneOffset offset = null;
    String continuation = "'Z', an offset (+hh:mm or -hh:mm)";
    if (!atEnd() && peek() == 'Z') {
      pos++;
      offset = ZoneOffset.UTC;
      continuation = "";
    } else if (!atEnd() && (peek() == '+' || peek() == '-')) {
      offset = offset();
      continuation = "";
    }
    if (!atEnd() && Qualifier.fromSuffixChar(peek()).isPresent()) {
      throw fail(pos, "a qualifier (?, ~ or %) applies to a date, not to a date-time");
    }
    return new ReadDate(
        EdtfDate.parsed(year, month, day, time, offset, Qualifier.NONE), timePos, continuation);
  }

  /** Reads an optional qualifier after a year, month or day. */
  private ReadDate qualified(int year, int month, int day, String continuation) {
    Qualifier qualifier = Qualifier.NONE;
    String cont = continuation;
    if (!atEnd()) {
      Optional<Qualifier> q = Qualifier.fromSuffixChar(peek());
      if (q.isPresent()) {
        qualifier = q.get();
        pos++;
        cont = "";
      }
    }
    return new ReadDate(EdtfDate.parsed(year, month, day, null, null, qualifier), -1, cont);
  }

  /** Reads hh:mm:ss after the 'T'. */
  private LocalTime timeOfDay() {
    int hourPos = pos;
    int hour = digits(2, "a 2-digit hour");
    if (hour > 23) {
      throw fail(hourPos, "hour must be 00-23, got " + hour);
    }
    expect(':', "':' between hours and minutes");
    int minutePos = pos;
    int minute = digits(2, "2-digit minutes");
    if (minute > 59) {
      throw fail(minutePos, "minutes must be 00-59, got " + minute);
    }
    expect(':', "':' between minutes and seconds");
    int secondPos = pos;
    int second = digits(2, "2-digit seconds");
    if (second > 59) {
      throw fail(secondPos, "seconds must be 00-59, got " + second);
    }
    return LocalTime.of(hour, minute, second);
  }

  /** Reads +hh:mm or -hh:mm at {@code pos}. */
  private ZoneOffset offset() {
    int signPos = pos;
    int sign = peek() == '-' ? -1 : 1;
    pos++;
    int hourPos = pos;
    int hours = digits(2, "2-digit offset hours");
    if (hours > 18) {
      throw fail(hourPos, "offset hours must be 00-18, got " + hours);
    }
    expect(':', "':' between offset hours and minutes");
    int minutePos = pos;
    int minutes = digits(2, "2-digit offset minutes");
    if (minutes > 59) {
      throw fail(minutePos, "offset minutes must be 00-59, got " + minutes);
    }
    if (hours == 18 && minutes != 0) {
      throw fail(minutePos, "offset must be between -18:00 and +18:00");
    }
    if (hours == 0 && minutes == 0) {
      throw fail(signPos, "a zero offset must be written Z");
    }
    int totalMinutes = sign * (hours * 60 + minutes);
    // ZoneOffset caches only whole quarter hours, in a concurrent map keyed by a boxed Integer;
    // any other offset it builds anew, with its id string
    ZoneOffset offset = OFFSETS[totalMinutes + 18 * 60];
    if (offset == null) {
      offset = ZoneOffset.ofTotalSeconds(totalMinutes * 60);
      // a race only builds an equal offset twice: ZoneOffset is immutable (final fields)
      OFFSETS[totalMinutes + 18 * 60] = offset;
    }
    return offset;
  }

  /** The offsets of whole minutes, -18:00 to +18:00, filled as EDTF times use them. */
  private static final ZoneOffset[] OFFSETS = new ZoneOffset[2 * 18 * 60 + 1];

  /** Reads exactly {@code count} ASCII digits as a number. */
  private int digits(int count, String what) {
    int value = 0;
    for (int i = 0; i < count; i++) {
      if (atEnd()) {
        throw fail(pos, "expected " + what + ", found end of input");
      }
      char c = peek();
      if (isAsciiDigit(c)) {
        value = value * 10 + (c - '0');
        pos++;
      } else if (c == 'X') {
        throw fail(pos, "unspecified digits (X) are not supported; expected " + what);
      } else if (Character.isDigit(c)) {
        throw fail(pos, "expected " + what + " in ASCII digits 0-9, found " + describe(c));
      } else {
        throw fail(pos, "expected " + what + ", found " + describe(c));
      }
    }
    return value;
  }

  private void expect(char c, String what) {
    if (atEnd()) {
      throw fail(pos, "expected " + what + ", found end of input");
    }
    if (peek() != c) {
      throw fail(pos, "expected " + what + ", found " + describe(peek()));
    }
    pos++;
  }

  /** The error for an unusable character at {@code pos}, listing what could have come there. */
  private EdtfParseException unexpected(String continuation, String terminators) {
    String expected =
        continuation.isEmpty()
            ? terminators
            : terminators.contains(" or ")
                ? continuation + ", " + terminators
                : continuation + " or " + terminators;
    return fail(pos, "unexpected " + describe(peek()) + ", expected " + expected);
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private char peek() {
    return text.charAt(pos);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  /** A character for a message: {@code 'x'} for visible ASCII, else with its code point. */
  static String describe(char c) {
    String code = String.format("U+%04X", (int) c);
    if (c > ' ' && c < 0x7F) {
      return "'" + c + "'";
    }
    if (Character.isISOControl(c)
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.isSurrogate(c)) {
      return code;
    }
    return "'" + c + "' (" + code + ")";
  }

  private EdtfParseException fail(int at, String problem) {
    return new EdtfParseException(text, at, problem);
  }
}
