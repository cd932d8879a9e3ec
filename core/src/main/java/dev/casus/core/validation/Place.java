package dev.casus.core.validation;

import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The place of one check inside the feed: its record, its order within the record, its JSON
 * Pointer and the record's line. Pending checks keep a place so that a finding reported at the end
 * of a stream still lands at the right place in document order.
 *
 * <p>The pointer is kept in parts (the record's pointer, then {@code /array/index} up to twice,
 * then a last part such as {@code /actor}) and put together only when a finding is reported: a
 * valid feed never needs it.
 */
final class Place {
  private final long record;
  private final int sequence;
  private final String base;
  private final @Nullable String array;
  private final int index;
  private final @Nullable String array2;
  private final int index2;
  private final String last;
  /** The record's line, or -1 when it has none. */
  private final long line;

  /**
   * A place at {@code base + "/" + array + "/" + index + "/" + array2 + "/" + index2 + last},
   * leaving out an array part whose name is null.
   */
  Place(
      long record,
      int sequence,
      String base,
      @Nullable String array,
      int index,
      @Nullable String array2,
      int index2,
      String last,
      long line) {
    this.record = record;
    this.sequence = sequence;
    this.base = base;
    this.array = array;
    this.index = index;
    this.array2 = array2;
    this.index2 = index2;
    this.last = last;
    this.line = line;
  }

  /** The full JSON Pointer of this place. */
  String pointer() {
    StringBuilder s = new StringBuilder(base.length() + 40).append(base);
    if (array != null) {
      s.append('/').append(array).append('/').append(index);
    }
    if (array2 != null) {
      s.append('/').append(array2).append('/').append(index2);
    }
    return s.append(last).toString();
  }

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
            .pointer(pointer())
            .line(line < 0 ? OptionalLong.empty() : OptionalLong.of(line))
            .message(message)
            .build();
    collector.add(finding, record, sequence);
  }

  long record() {
    return record;
  }

  int sequence() {
    return sequence;
  }

  String base() {
    return base;
  }

  @Nullable String array() {
    return array;
  }

  int index() {
    return index;
  }

  @Nullable String array2() {
    return array2;
  }

  int index2() {
    return index2;
  }

  String last() {
    return last;
  }

  long line() {
    return line;
  }

  /** Whether this place comes before {@code other} in document order. */
  boolean isBefore(Place other) {
    return record < other.record || (record == other.record && sequence < other.sequence);
  }
}
