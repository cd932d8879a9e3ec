package dev.casus.core.time;

import dev.casus.core.code.CodeList;

/**
 * How finely an {@link EdtfDate} pins down a moment: the last component it writes.
 *
 * <p>Conflict datasets record the same notion as a separate code next to a full date. ACLED's
 * {@code time_precision} is 1 when the source gives the day, 2 when it gives only the week (or
 * weekend), 3 when it gives only the month; ACLED still fills {@code event_date} with a day. UCDP
 * GED's {@code date_prec} grades from 1 (exact day) to 5 (only a span longer than a month, or only
 * the year), with {@code date_start} and {@code date_end} bounding the span. Casus writes what is
 * known instead of a stand-in day: ACLED 1 and UCDP 1 are {@link #DAY}; ACLED 3 is {@link #MONTH};
 * a week (ACLED 2, UCDP 2-4) is an {@link EdtfInterval} of two days, or a day qualified as
 * approximate ({@code 2020-10-04~}); a year is {@link #YEAR}. {@link #SECOND} has no counterpart in
 * either dataset; it serves statements whose publication time is known (a timestamped tweet).
 */
public enum DatePrecision implements CodeList {
  /** Only the year is known: {@code 2020}. */
  YEAR,
  /** The year and month are known: {@code 2020-10}. */
  MONTH,
  /** The calendar day is known, as for the strikes on Ganja: {@code 2020-10-04}. */
  DAY,
  /** The time of day is known to the second: {@code 2020-10-04T09:30:00+04:00}. */
  SECOND;
}
