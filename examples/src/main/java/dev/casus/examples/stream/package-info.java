/**
 * Example: write a large feed as JSON Lines and stream it back in constant memory, skipping and
 * reporting bad lines ({@link dev.casus.examples.stream.StreamJsonLines}).
 */
@NullMarked
package dev.casus.examples.stream;

import org.jspecify.annotations.NullMarked;
