/**
 * How precise a place or a time is, translated between Casus and the conflict datasets: ACLED's
 * {@code geo_precision} (1-3) and {@code time_precision} (1-3), UCDP GED's {@code where_prec}
 * (1-7) and {@code date_prec} (1-5) with {@code date_start} / {@code date_end}, and GDELT's
 * geographic feature type (1-5).
 *
 * <p>Each table is lossless where the other side can hold the value and says where it cannot:
 * every dataset code read into Casus and written back gives the same code, and the Casus values
 * that a dataset cannot express are mapped to its nearest code (documented on each method) or
 * refused. PLOVER's location resolution is not mapped yet. See {@code docs/interop.md}.
 */
@NullMarked
package dev.casus.interop.precision;

import org.jspecify.annotations.NullMarked;
