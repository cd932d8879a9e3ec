package dev.casus.core.validation;

import java.util.OptionalLong;

/**
 * The place of one check inside the feed: its record, its order within the record, its full JSON
 * Pointer and the record's line. Pending checks keep a place so that a finding reported at the end
 * of a stream still lands at the right place in document order.
 */
record Place(long record, int sequence, String pointer, OptionalLong line) {

  /** Reports a finding at this place with the code's default severity. */
  void report(ValidationReport.Collector collector, FindingCode code, String message) {
    report(collector, code, code.defaultSeverity(), message);
  }

  /** Reports a finding at this place with the given severity. */
  void report(
      ValidationReport.Collector collector, FindingCode code, Severity severity, String message) {
    Finding finding =
        Finding.builder()
            .severity(severity)
            .code(code)
            .pointer(pointer)
            .line(line)
            .message(message)
            .build();
    collector.add(finding, record, sequence);
  }

  /** Whether this place comes before {@code other} in document order. */
  boolean isBefore(Place other) {
    return record < other.record || (record == other.record && sequence < other.sequence);
  }
}
