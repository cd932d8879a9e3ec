package dev.casus.jackson.deser;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Decodes one value of the wire format from the parser of a {@link ReadContext}, following its
 * conventions (starts on the value's first token, ends on its last).
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface Decoder<T> {

  /**
   * Decodes the value at the parser's current token.
   *
   * @param c the context
   * @return the value, or null if it was broken (COLLECT mode; the problem is recorded)
   * @throws IOException if the parser fails (syntax, encoding, limits)
   */
  @Nullable T decode(ReadContext c) throws IOException;
}
