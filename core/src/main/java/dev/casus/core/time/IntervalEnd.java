package dev.casus.core.time;

import dev.casus.core.code.CodeList;

/** What stands at one end of an {@link EdtfInterval}: a date, an open end, or an unknown end. */
public enum IntervalEnd implements CodeList {
  /** The end is a date: {@code 2020-09-27} in {@code 2020-09-27/2020-10-04}. */
  DATE,
  /**
   * The interval is open at this end, written {@code ..}: it extends without bound, or still
   * continues as of the report. "The clashes erupted on September 27" and go on: {@code
   * 2020-09-27/..}.
   */
  OPEN,
  /**
   * The end exists but the reporting does not say when, written as nothing: {@code 2020-10-04/}
   * ended at some unknown time after starting on 2020-10-04.
   */
  UNKNOWN;
}
