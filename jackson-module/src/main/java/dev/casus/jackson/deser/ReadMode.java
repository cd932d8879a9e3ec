package dev.casus.jackson.deser;

/** How a read reacts to a problem in the input. */
public enum ReadMode {
  /** The first error ends the read with a {@link dev.casus.jackson.CasusReadException}. */
  STRICT,
  /**
   * Like {@link #STRICT}, except that unknown members are reported to a listener as warnings and
   * skipped: useful for reading feeds written by a newer producer.
   */
  LENIENT,
  /**
   * Nothing in the data ends the read: every problem is recorded as a finding and reading goes on
   * with the next member or element. A broken value is skipped and the entity holding it is
   * dropped from the result; an unknown or repeated member is skipped and its entity kept. Only a
   * problem that makes the rest unreadable (JSON syntax, encoding, a reader limit) stops it.
   */
  COLLECT
}
