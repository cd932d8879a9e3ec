package dev.casus.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.casus.core.code.CodeList;
import dev.casus.core.validation.FindingCode;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Reads the constants of one code list by their wire names, with a message that lists every
 * allowed wire name when a value is unknown.
 *
 * @param <E> the code list
 */
public final class Codes<E extends Enum<E> & CodeList> {

  private final Map<String, E> byWireName;
  private final String what;
  private final String allowed;

  /** Open-addressing table over the wire names' characters: no String per value read. */
  private final char[][] keys;

  private final @Nullable E[] values;
  private final int mask;

  @SuppressWarnings("unchecked")
  private Codes(Class<E> type, String what) {
    E[] constants = type.getEnumConstants();
    this.byWireName = new HashMap<>(constants.length * 2);
    StringJoiner names = new StringJoiner(", ");
    int size = Integer.highestOneBit(constants.length * 4 - 1) << 1;
    this.keys = new char[size][];
    this.values = (E[]) new Enum<?>[size];
    this.mask = size - 1;
    for (E e : constants) {
      String name = e.wireName();
      byWireName.put(name, e);
      names.add(name);
      char[] chars = name.toCharArray();
      int i = hash(chars, 0, chars.length) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = chars;
      values[i] = e;
    }
    this.what = what;
    this.allowed = names.toString();
  }

  /**
   * A hash of the length and five characters spread over the name (first, last, middle and the
   * quarters): wire names of one code list differ there, and collisions only cost a comparison,
   * so hashing every character of a 33-character name such as {@code
   * shelling_artillery_missile_attack} would be wasted work.
   */
  private static int hash(char[] chars, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int last = offset + length - 1;
    int quarter = length >> 2;
    int h = length;
    h = 31 * h + chars[offset];
    h = 31 * h + chars[last];
    h = 31 * h + chars[offset + (length >> 1)];
    h = 31 * h + chars[offset + quarter];
    h = 31 * h + chars[last - quarter];
    return h ^ (h >>> 16);
  }

  private @Nullable E lookup(char[] chars, int offset, int length) {
    int i = hash(chars, offset, length) & mask;
    char[] key;
    while ((key = keys[i]) != null) {
      if (key.length == length && Arrays.equals(key, 0, length, chars, offset, offset + length)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  /**
   * The reader of a code list.
   *
   * @param type the enum
   * @param what the code list in words with its article, for messages, e.g. {@code "an incident
   *     type"}
   * @param <E> the enum type
   * @return the reader
   */
  public static <E extends Enum<E> & CodeList> Codes<E> of(Class<E> type, String what) {
    return new Codes<>(type, what);
  }

  /**
   * The constant with this wire name.
   *
   * @param wireName the wire name
   * @return the constant, or null if there is none
   */
  public @Nullable E lookup(String wireName) {
    return byWireName.get(wireName);
  }

  /**
   * The allowed wire names, comma-separated, in declaration order.
   *
   * @return the list
   */
  public String allowed() {
    return allowed;
  }

  /**
   * Reads the current value: a string holding one of the wire names.
   *
   * @param c the context
   * @return the constant, or null (COLLECT mode) if the value was not one
   * @throws IOException if the parser fails
   */
  public @Nullable E read(ReadContext c) throws IOException {
    if (c.parser().currentToken() != JsonToken.VALUE_STRING) {
      c.wrongType(what + " (a string)");
      return null;
    }
    JsonParser p = c.parser();
    E e = lookup(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (e == null) {
      c.fail(
          FindingCode.UNKNOWN_ENUM_VALUE,
          Scalars.quote(p.getText()) + " is not " + what + "; expected one of " + allowed);
    }
    return e;
  }
}
