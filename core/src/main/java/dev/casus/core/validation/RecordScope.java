package dev.casus.core.validation;

import dev.casus.core.entity.EntityId;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.time.EdtfTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The checks of one record, in the record's member order. Every check takes the next place in the
 * record, so findings sort in document order however late they are reported.
 */
final class RecordScope {
  private final StreamingChecks checks;
  private final RecordPosition position;
  private int sequence;
  private boolean firstUse = true;

  RecordScope(StreamingChecks checks, RecordPosition position) {
    this.checks = checks;
    this.position = position;
  }

  /** The next place in the record, at {@code member} (a pointer relative to the record). */
  Place place(String member) {
    return new Place(position.ordinal(), sequence++, position.pointer() + member, position.line());
  }

  /** Registers the record's own id; remembers whether it is a duplicate. */
  void id(EntityId id) {
    firstUse = checks.ids.register(id.kind(), id.value(), position, place("/id"), checks.collector);
  }

  /** Checks that a reference resolves. */
  void reference(EntityId target, String member) {
    checks.references.check(target.kind(), target.value(), place(member));
  }

  /** Checks that a link to an entity of the same kind resolves, and records it for cycles. */
  void link(EntityId self, EntityId target, String member) {
    Place place = place(member);
    checks.references.check(target.kind(), target.value(), place);
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
    Place place = place(member);
    Optional<Instant> created = checks.createdAt();
    Optional<LocalDate> begins = time.earliestDay();
    if (created.isEmpty() || begins.isEmpty()) {
      return;
    }
    if (begins.get().isAfter(LocalDate.ofInstant(created.get(), ZoneOffset.UTC))) {
      place.report(
          checks.collector,
          FindingCode.DATED_AFTER_FEED,
          noun
              + " "
              + member.substring(1)
              + " \""
              + time.toEdtf()
              + "\" begins after the feed was created ("
              + created.get()
              + "); check the date or the feed's createdAt");
    }
  }

  /** Checks that a date does not end before the incident it is about begins. */
  void notBeforeIncident(String noun, EntityId incident, EdtfTime dated, String member) {
    checks.incidentDates.check(
        incident.value(), dated, noun + " " + member.substring(1), place(member), checks.collector);
  }

  /** Reports a finding found within the record itself. */
  void report(FindingCode code, String member, String message) {
    place(member).report(checks.collector, code, message);
  }
}
