/**
 * Building blocks shared by the ACLED and UCDP GED converters: reading CSV by header name with
 * row and line numbers, typed cells, raw JSON text for extensions, deterministic ids derived from
 * names, deduplicating registries of the entities a row introduces, the reader and import loops,
 * and the buffering that joins an incident to its casualty reports before its row is written.
 * Public so that the format packages can share them; not a stable API of its own, except {@link
 * dev.casus.interop.support.EntityLookup}, which the PLOVER writer also takes.
 */
@NullMarked
package dev.casus.interop.support;

import org.jspecify.annotations.NullMarked;
