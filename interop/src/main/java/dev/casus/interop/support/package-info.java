/**
 * Building blocks shared by the ACLED and UCDP GED converters: reading CSV by header name with
 * row and line numbers, raw JSON text for extensions, deterministic ids derived from names, and
 * deduplicating registries of the entities a row introduces. Public so that the format packages
 * can share them; not a stable API of its own.
 */
@NullMarked
package dev.casus.interop.support;

import org.jspecify.annotations.NullMarked;
