package dev.casus.core.validation;

import java.util.Arrays;

/**
 * Ids stored back to back in one growable byte array instead of one {@link String} each: about
 * ten bytes for {@code inc-123456} instead of some fifty-six. Every UTF-16 unit takes one to three
 * bytes (the UTF-8 form of the unit alone, with U+0000 as two bytes), so two ids are equal exactly
 * when their bytes are, surrogates included.
 */
final class IdArena {
  private byte[] bytes = new byte[256];
  private int size;

  /** The number of bytes in use: where the next id starts. */
  int size() {
    return size;
  }

  /**
   * Appends an id.
   *
   * @return where its bytes start; they end where the next id starts (or at {@link #size()})
   */
  int append(String id) {
    int need = size + id.length() * 3;
    if (need > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(need, bytes.length + (bytes.length >> 1)));
    }
    byte[] b = bytes;
    int start = size;
    int p = start;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c != 0 && c < 0x80) {
        b[p++] = (byte) c;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    size = p;
    return start;
  }

  /** Appends the bytes {@code [from, to)} of {@code other}; returns where they start here. */
  int appendBytes(IdArena other, int from, int to) {
    int length = to - from;
    if (size + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + length, bytes.length + (bytes.length >> 1)));
    }
    System.arraycopy(other.bytes, from, bytes, size, length);
    int start = size;
    size += length;
    return start;
  }

  /** Whether the bytes {@code [from, to)} hold {@code id}. */
  boolean matches(int from, int to, String id) {
    byte[] b = bytes;
    int p = from;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c != 0 && c < 0x80) {
        if (p >= to || b[p] != (byte) c) {
          return false;
        }
        p++;
      } else if (c < 0x800) {
        if (p + 2 > to
            || b[p] != (byte) (0xC0 | (c >> 6))
            || b[p + 1] != (byte) (0x80 | (c & 0x3F))) {
          return false;
        }
        p += 2;
      } else {
        if (p + 3 > to
            || b[p] != (byte) (0xE0 | (c >> 12))
            || b[p + 1] != (byte) (0x80 | ((c >> 6) & 0x3F))
            || b[p + 2] != (byte) (0x80 | (c & 0x3F))) {
          return false;
        }
        p += 3;
      }
    }
    return p == to;
  }

  /** Whether the bytes {@code [from, to)} here equal {@code [otherFrom, otherTo)} of {@code other}. */
  boolean matches(int from, int to, IdArena other, int otherFrom, int otherTo) {
    return Arrays.equals(bytes, from, to, other.bytes, otherFrom, otherTo);
  }

  /** The id whose bytes are {@code [from, to)}. */
  String id(int from, int to) {
    StringBuilder s = new StringBuilder(to - from);
    byte[] b = bytes;
    int p = from;
    while (p < to) {
      int c = b[p] & 0xFF;
      if (c < 0x80) {
        s.append((char) c);
        p++;
      } else if (c < 0xE0) {
        s.append((char) (((c & 0x1F) << 6) | (b[p + 1] & 0x3F)));
        p += 2;
      } else {
        s.append((char) (((c & 0x0F) << 12) | ((b[p + 1] & 0x3F) << 6) | (b[p + 2] & 0x3F)));
        p += 3;
      }
    }
    return s.toString();
  }
}
