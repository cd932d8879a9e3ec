package dev.casus.jackson.deser;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * Checks raw input bytes before parsing: that they are UTF-8 without a byte-order mark (RFC 8259),
 * and where the first invalid byte sequence is. Overlong forms, UTF-16 surrogates encoded in
 * UTF-8, code points above U+10FFFF and truncated sequences are all invalid.
 */
public final class Utf8 {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /**
   * Describes an input that is not UTF-8 at all, judged from its first bytes: a byte-order mark
   * (UTF-8, UTF-16 or UTF-32) or the zero bytes that UTF-16 and UTF-32 put around ASCII.
   *
   * @param b the bytes
   * @param length how many bytes, from index 0, are the input
   * @return what is wrong, or null if the input may be UTF-8
   */
  public static @Nullable String encodingProblem(byte[] b, int length) {
    int b0 = length > 0 ? b[0] & 0xFF : -1;
    int b1 = length > 1 ? b[1] & 0xFF : -1;
    int b2 = length > 2 ? b[2] & 0xFF : -1;
    int b3 = length > 3 ? b[3] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return "the input starts with a UTF-8 byte-order mark (EF BB BF); Casus JSON is UTF-8"
          + " without a byte-order mark: save the file without it";
    }
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
      return notUtf8("UTF-32BE (byte-order mark 00 00 FE FF)");
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
      return notUtf8("UTF-32LE (byte-order mark FF FE 00 00)");
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return notUtf8("UTF-16BE (byte-order mark FE FF)");
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return notUtf8("UTF-16LE (byte-order mark FF FE)");
    }
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0x00 && b3 > 0) {
      return notUtf8("UTF-32BE (zero bytes before each character)");
    }
    if (b0 > 0 && b1 == 0x00 && b2 == 0x00 && b3 == 0x00) {
      return notUtf8("UTF-32LE (zero bytes after each character)");
    }
    if (b0 == 0x00 && b1 > 0) {
      return notUtf8("UTF-16BE (a zero byte before each ASCII character)");
    }
    if (b0 > 0 && b1 == 0x00) {
      return notUtf8("UTF-16LE (a zero byte after each ASCII character)");
    }
    if (b0 == 0x00 || b1 == 0x00 || b2 == 0x00 || b3 == 0x00) {
      // JSON text in UTF-8 never holds a zero byte; some other encoding (or binary data)
      return notUtf8("UTF-16 or UTF-32 (zero bytes among the first four)");
    }
    return null;
  }

  private static String notUtf8(String encoding) {
    return "the input looks like " + encoding + ", not UTF-8; Casus JSON must be UTF-8";
  }

  /**
   * The index of the first byte of the first invalid UTF-8 sequence.
   *
   * @param b the bytes
   * @param from the first index to check
   * @param to one past the last index to check
   * @return the index, or -1 if all of {@code b[from..to)} is valid UTF-8
   */
  public static int firstInvalid(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      if (i + 8 <= to && (((long) LONGS.get(b, i)) & HIGH_BITS) == 0) {
        i += 8;
        continue;
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        if (c == 0xE0) {
          lo = 0xA0;
        } else if (c == 0xED) {
          hi = 0x9F;
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        if (c == 0xF0) {
          lo = 0x90;
        } else if (c == 0xF4) {
          hi = 0x8F;
        }
      } else {
        return i;
      }
      if (i + n >= to) {
        return i; // truncated at the end of the input
      }
      int c1 = b[i + 1] & 0xFF;
      if (c1 < lo || c1 > hi) {
        return i;
      }
      for (int k = 2; k <= n; k++) {
        int ck = b[i + k] & 0xFF;
        if (ck < 0x80 || ck > 0xBF) {
          return i;
        }
      }
      i += n + 1;
    }
    return -1;
  }

  /**
   * Describes the invalid sequence at {@code index}, showing up to four bytes.
   *
   * @param b the bytes
   * @param index the index {@link #firstInvalid} returned
   * @param to one past the last index of the input
   * @return the message
   */
  public static String describeInvalid(byte[] b, int index, int to) {
    StringBuilder s = new StringBuilder("invalid UTF-8 byte sequence");
    int end = Math.min(to, index + 4);
    for (int i = index; i < end; i++) {
      s.append(' ').append(String.format("%02X", b[i] & 0xFF));
    }
    return s.append("; Casus JSON must be UTF-8").toString();
  }

  /**
   * The 1-based line and column (in code points) of a byte index, counting lines by {@code \n}.
   *
   * @param b the bytes
   * @param from where the text starts
   * @param index the byte index
   * @return {line, column}
   */
  public static long[] lineAndColumn(byte[] b, int from, int index) {
    long line = 1;
    int lineStart = from;
    for (int i = from; i < index; i++) {
      if (b[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new long[] {line, codePoints(b, lineStart, index) + 1};
  }

  /**
   * The number of code points in the UTF-8 bytes {@code [from, to)}: the bytes that start one.
   *
   * @param b the bytes
   * @param from the first index
   * @param to one past the last index
   * @return the count
   */
  public static int codePoints(byte[] b, int from, long to) {
    int codePoints = 0;
    for (int i = from; i < to; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        codePoints++;
      }
    }
    return codePoints;
  }
}
