/**
 * Encoding the Casus wire format with a {@link com.fasterxml.jackson.core.JsonGenerator}: one
 * serializer per model type, each with static {@code write} methods used by both the fast path and
 * Jackson databind, writing members in the order of {@code docs/wire-format.md}.
 */
@NullMarked
package dev.casus.jackson.ser;

import org.jspecify.annotations.NullMarked;
