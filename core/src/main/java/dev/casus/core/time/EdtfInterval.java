package dev.casus.core.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A span of time between two {@link EdtfDate}s, either of which may be open ({@code ..}) or unknown
 * (empty): {@code 2020-09-27/2020-10-04}, {@code 2020-09-27/..} (the clashes "since September 27",
 * still going on), {@code ../2020-10}, {@code /2020-10-04}, {@code 2020-10-04/}.
 *
 * <p>Invariants, checked at construction: at least one end is a date ({@code ../..} and {@code /}
 * do not exist); the ends are dates, not date-times (EDTF intervals join dates); and the interval
 * does not end before it starts: the start's earliest day is not after the end's latest day. The
 * ends may have different precisions and qualifiers ({@code 2020-10/2020-10-04}, {@code
 * 2020-09-27~/2020-10}); both may be the same date.
 *
 * <p>Two intervals are equal when they write the same EDTF string. {@link #toString()} is {@link
 * #toEdtf()}.
 */
public final class EdtfInterval implements EdtfTime {

  private final @Nullable EdtfDate start;
  private final IntervalEnd startKind;
  private final @Nullable EdtfDate end;
  private final IntervalEnd endKind;

  private EdtfInterval(
      @Nullable EdtfDate start,
      IntervalEnd startKind,
      @Nullable EdtfDate end,
      IntervalEnd endKind) {
    if (start != null) {
      checkNoTime("start", start);
    }
    if (end != null) {
      checkNoTime("end", end);
    }
    if (start != null && end != null) {
      Optional<String> problem = orderProblem(start, end);
      if (problem.isPresent()) {
        throw new IllegalArgumentException(problem.get());
      }
    }
    this.start = start;
    this.startKind = startKind;
    this.end = end;
    this.endKind = endKind;
  }

  /**
   * The interval from {@code start} to {@code end}: {@code 2020-09-27/2020-10-04}.
   *
   * @param start the first date, at any precision, without time of day
   * @param end the last date, at any precision, without time of day
   * @return the closed interval
   * @throws IllegalArgumentException if either end is a date-time, or {@code end} ends before
   *     {@code start} starts
   */
  public static EdtfInterval of(EdtfDate start, EdtfDate end) {
    return new EdtfInterval(start, IntervalEnd.DATE, end, IntervalEnd.DATE);
  }

  /**
   * The interval from {@code start} with an open end, {@code 2020-09-27/..}: the clashes that
   * "erupted on September 27" and go on as of the report.
   *
   * @param start the first date, without time of day
   * @return the interval open at its end
   * @throws IllegalArgumentException if {@code start} is a date-time
   */
  public static EdtfInterval since(EdtfDate start) {
    return new EdtfInterval(start, IntervalEnd.DATE, null, IntervalEnd.OPEN);
  }

  /**
   * The interval up to {@code end} with an open start, {@code ../2020-10}: everything until then.
   *
   * @param end the last date, without time of day
   * @return the interval open at its start
   * @throws IllegalArgumentException if {@code end} is a date-time
   */
  public static EdtfInterval until(EdtfDate end) {
    return new EdtfInterval(null, IntervalEnd.OPEN, end, IntervalEnd.DATE);
  }

  /**
   * The interval ending at {@code end} that began at a time the reporting does not give, {@code
   * /2020-10-04}.
   *
   * @param end the last date, without time of day
   * @return the interval with an unknown start
   * @throws IllegalArgumentException if {@code end} is a date-time
   */
  public static EdtfInterval withUnknownStart(EdtfDate end) {
    return new EdtfInterval(null, IntervalEnd.UNKNOWN, end, IntervalEnd.DATE);
  }

  /**
   * The interval starting at {@code start} that ended at a time the reporting does not give, {@code
   * 2020-10-04/}.
   *
   * @param start the first date, without time of day
   * @return the interval with an unknown end
   * @throws IllegalArgumentException if {@code start} is a date-time
   */
  public static EdtfInterval withUnknownEnd(EdtfDate start) {
    return new EdtfInterval(start, IntervalEnd.DATE, null, IntervalEnd.UNKNOWN);
  }

  /**
   * Reads an EDTF interval such as {@code "2020-09-27/.."} or {@code "2020-10/2020-10-04"}.
   *
   * @param text the canonical EDTF string
   * @return the interval
   * @throws EdtfParseException if {@code text} is not a canonical EDTF interval of the supported
   *     subset (a single date is rejected at its end, where {@code /} was expected), with the
   *     position of the offending character
   */
  public static EdtfInterval parse(String text) {
    return (EdtfInterval) EdtfParser.parse(text, EdtfParser.Target.INTERVAL);
  }

  /**
   * The start date, if the start is a date.
   *
   * @return the start, or empty if {@link #startKind()} is {@link IntervalEnd#OPEN} or {@link
   *     IntervalEnd#UNKNOWN}
   */
  public Optional<EdtfDate> start() {
    return Optional.ofNullable(start);
  }

  /**
   * The end date, if the end is a date.
   *
   * @return the end, or empty if {@link #endKind()} is {@link IntervalEnd#OPEN} or {@link
   *     IntervalEnd#UNKNOWN}
   */
  public Optional<EdtfDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * What stands at the start.
   *
   * @return {@link IntervalEnd#DATE} if {@link #start()} is present, else {@code OPEN} or {@code
   *     UNKNOWN}
   */
  public IntervalEnd startKind() {
    return startKind;
  }

  /**
   * What stands at the end.
   *
   * @return {@link IntervalEnd#DATE} if {@link #end()} is present, else {@code OPEN} or {@code
   *     UNKNOWN}
   */
  public IntervalEnd endKind() {
    return endKind;
  }

  /**
   * {@inheritDoc}
   *
   * @return the start's {@link EdtfDate#earliest()}, or empty if the start is open or unknown
   */
  @Override
  public Optional<LocalDate> earliestDay() {
    return start == null ? Optional.empty() : Optional.of(start.earliest());
  }

  /**
   * {@inheritDoc}
   *
   * @return the end's {@link EdtfDate#latest()}, or empty if the end is open or unknown
   */
  @Override
  public Optional<LocalDate> latestDay() {
    return end == null ? Optional.empty() : Optional.of(end.latest());
  }

  /**
   * {@inheritDoc}
   *
   * @return true
   */
  @Override
  public boolean isInterval() {
    return true;
  }

  /**
   * {@inheritDoc}
   *
   * @return e.g. {@code "2020-09-27/.."}, {@code "/2020-10-04"}, {@code "2020-10/2020-10-04"}
   */
  @Override
  public String toEdtf() {
    return write(start, startKind) + "/" + write(end, endKind);
  }

  private static String write(@Nullable EdtfDate date, IntervalEnd kind) {
    if (date != null) {
      return date.toEdtf();
    }
    return kind == IntervalEnd.OPEN ? ".." : "";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof EdtfInterval other)) {
      return false;
    }
    return Objects.equals(start, other.start)
        && startKind == other.startKind
        && Objects.equals(end, other.end)
        && endKind == other.endKind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, startKind, end, endKind);
  }

  /**
   * The canonical EDTF string, as {@link #toEdtf()}.
   *
   * @return e.g. {@code "2020-09-27/.."}
   */
  @Override
  public String toString() {
    return toEdtf();
  }

  // ---- shared with EdtfParser ----

  /** Builds an interval whose ends the parser has already checked; kinds match nullness. */
  static EdtfInterval parsed(
      @Nullable EdtfDate start,
      IntervalEnd startKind,
      @Nullable EdtfDate end,
      IntervalEnd endKind) {
    return new EdtfInterval(start, startKind, end, endKind);
  }

  /** Why {@code start/end} breaks the order invariant, or empty if it does not. */
  static Optional<String> orderProblem(EdtfDate start, EdtfDate end) {
    // the same comparison as start.earliest().isAfter(end.latest()), on numbers
    if (start.earliestKey() > end.latestKey()) {
      return Optional.of(
          "EdtfInterval ends before it starts: start=" + start.toEdtf() + " end=" + end.toEdtf());
    }
    return Optional.empty();
  }

  private static void checkNoTime(String field, EdtfDate date) {
    if (date.time().isPresent()) {
      throw new IllegalArgumentException(
          "EdtfInterval."
              + field
              + " must be a date without a time of day (EDTF intervals join dates), got "
              + date.toEdtf());
    }
  }
}
