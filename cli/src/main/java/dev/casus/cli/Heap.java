package dev.casus.cli;

import dev.casus.jackson.CasusJson;

/**
 * How big a feed document the command can hold in memory. A document is read whole and its model
 * takes about five times its size on the heap (a 40 MB document of the generated benchmark feed
 * needs about 190 MB), so a document longer than an eighth of the maximum heap is reported as
 * {@code limit_exceeded} instead of ending in an out-of-memory error: 32 MB under {@code
 * -Xmx256m}. JSON Lines are read one record at a time and have no such limit.
 */
final class Heap {

  private static final long MIN_DOCUMENT_LENGTH = 1L << 20;

  private Heap() {}

  /** The longest document read: an eighth of the maximum heap, at least 1 MiB. */
  static long documentLimit() {
    return Math.max(MIN_DOCUMENT_LENGTH, Runtime.getRuntime().maxMemory() / 8);
  }

  /** The strict reader configuration with the document limit of this JVM's heap. */
  static CasusJson json() {
    return CasusJson.builder().maxDocumentLength(documentLimit()).build();
  }
}
