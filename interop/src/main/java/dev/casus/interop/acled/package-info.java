/**
 * ACLED (Armed Conflict Location &amp; Event Data) CSV to and from Casus.
 *
 * <p>{@link dev.casus.interop.acled.AcledReader} streams the rows of an ACLED file (the current
 * 31-column export layout, inter codes as numbers or as text labels, or the older HDX layout with
 * its HXL hashtag row) as Casus entities; {@link dev.casus.interop.acled.AcledWriter} writes
 * incidents back as rows; {@link dev.casus.interop.acled.AcledImport} reads a small file into one
 * feed. ACLED to Casus to ACLED reproduces every column: what the model carries is mapped, what it
 * cannot carry is kept in {@code x-acled-...} extensions. {@code docs/interop.md} lists which.
 */
@NullMarked
package dev.casus.interop.acled;

import org.jspecify.annotations.NullMarked;
