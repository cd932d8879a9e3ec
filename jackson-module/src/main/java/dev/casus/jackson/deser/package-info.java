/**
 * Decoding the Casus wire format straight from the {@link com.fasterxml.jackson.core.JsonParser}
 * token stream: the {@link dev.casus.jackson.deser.ReadContext} that tracks where the parser is
 * (JSON Pointer, line, column) and turns every problem into a {@link
 * dev.casus.core.validation.Finding}, and one deserializer per model type, each with a static
 * {@code decode} method used by both the fast path and Jackson databind.
 */
@NullMarked
package dev.casus.jackson.deser;

import org.jspecify.annotations.NullMarked;
