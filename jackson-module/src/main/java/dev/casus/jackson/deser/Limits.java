package dev.casus.jackson.deser;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The reader limits of Casus JSON, chosen for conflict-reporting feeds. Beyond a limit the input
 * is rejected with a {@code limit_exceeded} finding instead of exhausting memory or the stack.
 *
 * <ul>
 *   <li>nesting depth {@value #MAX_NESTING_DEPTH}: a feed nests six levels deep; the rest is room
 *       for extension values;
 *   <li>string length {@value #MAX_STRING_LENGTH} characters: ten times the longest free text of
 *       the model (100,000 characters), so that over-long notes are reported by the model with a
 *       precise message, while extension strings still have room;
 *   <li>number length {@value #MAX_NUMBER_LENGTH} characters: far beyond any count or coordinate;
 *   <li>member name length {@value #MAX_NAME_LENGTH} characters: extension names are at most 256;
 *   <li>document length: {@value #DEFAULT_MAX_DOCUMENT_LENGTH} bytes by default (1 GiB),
 *       configurable;
 *   <li>JSON Lines line length: {@value #DEFAULT_MAX_LINE_LENGTH} bytes by default (8 MiB),
 *       configurable.
 * </ul>
 */
public final class Limits {

  /** The deepest nesting of arrays and objects. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The longest member name, in characters. */
  public static final int MAX_NAME_LENGTH = 1000;

  /** The default longest document, in bytes: 1 GiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 1L << 30;

  /** The default longest JSON Lines line, in bytes: 8 MiB. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 8 << 20;

  private Limits() {}

  /**
   * The parser constraints for these limits.
   *
   * @param maxDocumentLength the longest document, in bytes
   * @return the constraints
   */
  public static StreamReadConstraints constraints(long maxDocumentLength) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(maxDocumentLength)
        .build();
  }
}
