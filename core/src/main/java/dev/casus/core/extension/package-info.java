/**
 * Producer extensions: members whose names start with {@code x-}, carried through unchanged as raw
 * JSON text.
 */
@NullMarked
package dev.casus.core.extension;

import org.jspecify.annotations.NullMarked;
