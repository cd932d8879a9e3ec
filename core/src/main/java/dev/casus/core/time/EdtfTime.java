package dev.casus.core.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When something happened, as precisely as the reporting says: one {@link EdtfDate} or an {@link
 * EdtfInterval}, written in the Extended Date/Time Format (EDTF, ISO 8601-2).
 *
 * <p>Examples from the seed article:
 *
 * <ul>
 *   <li>{@code 2020-10-04}: the missile strikes on Ganja, on Sunday, to the day;
 *   <li>{@code 2020-09-27/..}: the clashes, "since September 27", still going on;
 *   <li>{@code 2020-10}: a fact dated only to the month (Jabrayil's change of control, announced in
 *       October 2020);
 *   <li>{@code 2020-10-04~}: a day given approximately.
 * </ul>
 *
 * <p>Casus supports EDTF level 0 and, from level 1, qualifiers ({@code ?}, {@code ~}, {@code %})
 * and open ({@code ..}) or unknown (empty) interval ends; see the package documentation.
 *
 * <p><b>Canonical strings only.</b> {@link #parse} accepts exactly the strings that {@link #toEdtf}
 * prints: fixed-width numbers ({@code 2020-1-4} is rejected), upper-case {@code T} and {@code Z},
 * {@code Z} rather than {@code +00:00}, no surrounding whitespace. Hence {@code
 * parse(s).toEdtf().equals(s)} for every accepted {@code s}, and {@code
 * parse(t.toEdtf()).equals(t)} for every value {@code t}: the string is the value.
 */
public sealed interface EdtfTime permits EdtfDate, EdtfInterval {

  /** The longest string {@link #parse} reads; longer input is rejected at this position. */
  int MAX_LENGTH = 64;

  /**
   * Reads an EDTF date, date-time or interval.
   *
   * @param text the canonical EDTF string, e.g. {@code "2020-10-04"} or {@code "2020-09-27/.."}
   * @return the {@link EdtfDate} or {@link EdtfInterval} it writes
   * @throws EdtfParseException if {@code text} is not a canonical EDTF string of the supported
   *     subset, with the position of the first offending character; never any other exception
   */
  static EdtfTime parse(String text) {
    return EdtfParser.parse(text, EdtfParser.Target.ANY);
  }

  /**
   * The canonical EDTF string of this value, which {@link #parse} reads back to an equal value.
   *
   * @return e.g. {@code "2020-10-04~"} or {@code "2020-09-27/.."}
   */
  String toEdtf();

  /**
   * The first calendar day this value can denote: {@code 2020-10-01} for {@code 2020-10}; the
   * start's first day for an interval; the written date of a date-time (its offset ignored).
   * Qualifiers are ignored: {@code 2020-10-04~} gives {@code 2020-10-04}.
   *
   * @return the earliest day, or empty if the interval's start is open or unknown
   */
  Optional<LocalDate> earliestDay();

  /**
   * The last calendar day this value can denote: {@code 2020-10-31} for {@code 2020-10}; the end's
   * last day for an interval; the written date of a date-time (its offset ignored). Qualifiers are
   * ignored.
   *
   * @return the latest day, or empty if the interval's end is open or unknown
   */
  Optional<LocalDate> latestDay();

  /**
   * Whether this is an {@link EdtfInterval} rather than a single {@link EdtfDate}.
   *
   * @return true for an interval
   */
  boolean isInterval();
}
