/**
 * Time with precision: when something happened, as exactly as the reporting allows, written in the
 * Extended Date/Time Format (EDTF, ISO 8601-2).
 *
 * <p>Conflict reporting rarely gives a timestamp. The seed article dates the strikes on Ganja to a
 * day ({@code 2020-10-04}), the clashes to an open interval ({@code 2020-09-27/..}, "since
 * September 27"), and other facts only to a month ({@code 2020-10}) or to an approximate day
 * ({@code 2020-10-04~}). {@link dev.casus.core.time.EdtfTime} holds all of these: either one {@link
 * dev.casus.core.time.EdtfDate} or an {@link dev.casus.core.time.EdtfInterval}.
 *
 * <p>Supported subset: EDTF level 0 (years, months, days, date-times with an optional offset, date
 * intervals) and, from level 1, the qualifiers {@code ?}, {@code ~} and {@code %} on dates and
 * intervals with open ({@code ..}) or unknown (empty) ends. Everything else in EDTF (seasons,
 * unspecified digits, {@code Y}-prefixed or negative years, sets, level 2) is rejected. Only
 * canonical strings are accepted, so every accepted string prints back unchanged.
 */
@NullMarked
@CasusStyle
package dev.casus.core.time;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
