package dev.casus.jackson.deser;

import com.fasterxml.jackson.core.JsonToken;
import dev.casus.core.code.CodeList;
import dev.casus.core.validation.FindingCode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Reads JSON arrays element by element. */
public final class Lists {

  private Lists() {}

  /**
   * Reads an array, passing every element that decodes to {@code sink}. Broken elements (COLLECT
   * mode) have been reported and are left out.
   *
   * @param c the context, on the array's first token
   * @param what the array in words, e.g. {@code "an array of locations"}
   * @param element the element decoder
   * @param sink receives the decoded elements in order
   * @param <T> the element type
   * @return how many elements the array has, broken ones included; -1 if the value was not an
   *     array (reported as a wrong type)
   * @throws IOException if the parser fails
   */
  public static <T> int read(
      ReadContext c, String what, Decoder<T> element, Consumer<? super T> sink)
      throws IOException {
    if (!c.startArray(what)) {
      return -1;
    }
    int n = 0;
    while (c.nextElement()) {
      n++;
      T value = element.decode(c);
      if (value != null) {
        sink.accept(value);
      }
    }
    return n;
  }

  /**
   * Reads an array of code-list values that must not repeat (an incident's means and targets);
   * any order is accepted. A repeated value is a {@link FindingCode#BROKEN_INVARIANT}.
   *
   * @param c the context, on the array's first token
   * @param what the member, e.g. {@code "Incident.means"}
   * @param codes the code list
   * @param sink receives each distinct value
   * @param <E> the code list type
   * @throws IOException if the parser fails
   */
  @SuppressWarnings("EnumOrdinal") // the ordinal is a bit number in a set, never stored
  public static <E extends Enum<E> & CodeList> void distinctCodes(
      ReadContext c, String what, Codes<E> codes, Consumer<? super E> sink) throws IOException {
    if (c.parser().currentToken() != JsonToken.START_ARRAY) {
      // the message is only put together when it is needed
      c.startArray("an array of strings (" + what + ")");
      return;
    }
    c.startArray(what);
    // one bit per constant for the first 64 constants of the list (all of them, today)
    long seen = 0;
    Set<E> more = null;
    while (c.nextElement()) {
      E value = codes.read(c);
      if (value == null) {
        continue;
      }
      int ordinal = value.ordinal();
      boolean added;
      if (ordinal < Long.SIZE) {
        added = (seen & (1L << ordinal)) == 0;
        seen |= 1L << ordinal;
      } else {
        if (more == null) {
          more = new HashSet<>();
        }
        added = more.add(value);
      }
      if (added) {
        sink.accept(value);
      } else {
        c.fail(
            FindingCode.BROKEN_INVARIANT,
            what + " must not list a value twice, got \"" + value.wireName() + "\" again");
      }
    }
  }
}
