/**
 * Reading and writing Casus feeds as JSON: the {@link dev.casus.jackson.CasusJson} facade
 * (documents, collecting reads for validators, JSON Lines), the Jackson {@link
 * dev.casus.jackson.CasusModule} for databind users, and {@link
 * dev.casus.jackson.CasusReadException}, the one exception every read error arrives as.
 *
 * <p>The wire format is the contract in {@code docs/wire-format.md}. Works with Jackson 2.18 and
 * later 2.x releases: nothing newer than the 2.18 API is used.
 */
@NullMarked
package dev.casus.jackson;

import org.jspecify.annotations.NullMarked;
