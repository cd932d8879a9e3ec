/**
 * UCDP GED (the Uppsala Conflict Data Program's Georeferenced Event Dataset) CSV to and from
 * Casus.
 *
 * <p>{@link dev.casus.interop.ucdp.UcdpGedReader} streams the rows of a GED file (the 49 columns
 * of {@link dev.casus.interop.ucdp.UcdpGedColumns}) as Casus entities; {@link
 * dev.casus.interop.ucdp.UcdpGedWriter} writes incidents back as rows; {@link
 * dev.casus.interop.ucdp.UcdpGedImport} reads a small file into one feed. GED to Casus to GED
 * reproduces every column: what the model carries is mapped, the rest is kept in {@code
 * x-ucdp-...} extensions. {@code docs/interop.md} lists which.
 */
@NullMarked
package dev.casus.interop.ucdp;

import org.jspecify.annotations.NullMarked;
