package dev.casus.core.validation;

import dev.casus.core.entity.EntityId;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.time.EdtfTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The checks of one record, in the record's member order. Every check takes the next place in the
 * record, so findings sort in document order however late they are reported. A check that finds
 * nothing wrong builds no {@link Place} and no pointer.
 */
final class RecordScope {
  private final StreamingChecks checks;
  private final RecordPosition position;
  private final long line;
  private int sequence;
  private boolean firstUse = true;

  RecordScope(StreamingChecks checks, RecordPosition position) {
    this.checks = checks;
    this.position = position;
    this.line = position.line().isPresent() ? position.line().getAsLong() : -1;
  }

  /** The place with sequence number {@code seq} in the record, at the given member. */
  private Place place(
      int seq, @Nullable String array, int index, @Nullable String array2, int index2, String last) {
    return new Place(
        position.ordinal(), seq, position.pointer(), array, index, array2, index2, last, line);
  }

  /** The next place in the record, at {@code member} (a pointer relative to the record). */
  Place place(String member) {
    return place(sequence++, null, -1, null, -1, member);
  }

  /** Registers the record's own id; remembers whether it is a duplicate. */
  void id(EntityId id) {
    int seq = sequence++;
    RecordPosition first = checks.ids.register(id.kind(), id.value(), position);
    firstUse = first == null;
    if (first != null) {
      checks.ids.reportDuplicate(
          id.kind(), id.value(), first, place(seq, null, -1, null, -1, "/id"), checks.collector);
    }
  }

  /** Checks that a reference at {@code member} resolves. */
  void reference(EntityId target, String member) {
    refer(target, null, -1, null, -1, member);
  }

  /** Checks that a reference at {@code /array/index + last} resolves. */
  void reference(EntityId target, String array, int index, String last) {
    refer(target, array, index, null, -1, last);
  }

  /** Checks that a reference at {@code /array/index/array2/index2} resolves. */
  void reference(EntityId target, String array, int index, String array2, int index2) {
    refer(target, array, index, array2, index2, "");
  }

  private void refer(
      EntityId target,
      @Nullable String array,
      int index,
      @Nullable String array2,
      int index2,
      String last) {
    int seq = sequence++;
    if (!checks.references.resolves(target.kind(), target.value())) {
      checks.references.defer(
          target.kind(), target.value(), place(seq, array, index, array2, index2, last));
    }
  }

  /** Checks that a link to an entity of the same kind resolves, and records it for cycles. */
  void link(EntityId self, EntityId target, String member) {
    Place place = place(member);
    if (!checks.references.resolves(target.kind(), target.value())) {
      checks.references.defer(target.kind(), target.value(), place);
    }
    if (firstUse) {
      checks.cycles(self.kind()).link(self.value(), target.value(), place);
    }
  }

  /** Records an incident's time for the checks of reports and statements about it. */
  void incidentTime(IncidentId id, EdtfTime time) {
    if (firstUse) {
      checks.incidentDates.incident(id.value(), time);
    }
  }

  /** Checks that a date does not begin after the feed was created. */
  void notAfterFeed(String noun, EdtfTime time, String member) {
    int seq = sequence++;
    Optional<LocalDate> createdDay = checks.createdDay();
    if (createdDay.isEmpty()) {
      return;
    }
    Optional<LocalDate> begins = time.earliestDay();
    if (begins.isEmpty()) {
      return;
    }
    if (begins.get().isAfter(createdDay.get())) {
      Instant created = checks.createdAt().orElseThrow();
      place(seq, null, -1, null, -1, member)
          .report(
              checks.collector,
              FindingCode.DATED_AFTER_FEED,
              noun
                  + " "
                  + member.substring(1)
                  + " \""
                  + time.toEdtf()
                  + "\" begins after the feed was created ("
                  + created
                  + "); check the date or the feed's createdAt");
    }
  }

  /** Checks that a date does not end before the incident it is about begins. */
  void notBeforeIncident(String noun, EntityId incident, EdtfTime dated, String member) {
    checks.incidentDates.check(incident.value(), dated, noun, member, place(member), checks.collector);
  }

  /** Reports a finding found within the record itself. */
  void report(FindingCode code, String member, String message) {
    place(member).report(checks.collector, code, message);
  }

  /** Reports a finding found within the record itself, at {@code /array/index}. */
  void report(FindingCode code, String array, int index, String message) {
    place(sequence++, array, index, null, -1, "").report(checks.collector, code, message);
  }
}
