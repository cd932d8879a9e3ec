package dev.casus.core.validation;

import dev.casus.core.entity.EntityKind;
import dev.casus.core.time.EdtfTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that casualty reports and statements are not dated before the incidents they are about.
 * Keeps each incident's earliest day (not the incident) and, for a report or statement about an
 * incident not yet seen, its latest day until the end of the feed. Reports {@link
 * FindingCode#DATED_BEFORE_INCIDENT}.
 */
final class IncidentDates {
  private final IdIndex ids;
  private final List<Pending> pending = new ArrayList<>();

  IncidentDates(IdIndex ids) {
    this.ids = ids;
  }

  /** Records when an incident begins, if its time has a known start. */
  void incident(String id, EdtfTime time) {
    // kept as a day number beside the id in the index, not as a map entry and a LocalDate
    time.earliestDay().ifPresent(day -> ids.startIfAbsent(id, Math.toIntExact(day.toEpochDay())));
  }

  /**
   * Checks that something dated {@code dated} is not before incident {@code incident}: now if the
   * incident is known, else at {@link #finish}. The message is only put together for a finding.
   *
   * @param noun what is dated, for the message: {@code casualty report}
   * @param member the dated member, for the message: {@code /asOf}
   */
  void check(
      String incident,
      EdtfTime dated,
      String noun,
      String member,
      Place place,
      ValidationReport.Collector collector) {
    Optional<LocalDate> latest = dated.latestDay();
    if (latest.isEmpty()) {
      return;
    }
    Pending check = new Pending(incident, latest.get(), dated, noun, member, place);
    if (ids.contains(EntityKind.INCIDENT, incident)) {
      evaluate(check, collector);
    } else {
      pending.add(check);
    }
  }

  /** Evaluates the checks of incidents that were not known when they were made. */
  void finish(ValidationReport.Collector collector) {
    pending.forEach(check -> evaluate(check, collector));
    pending.clear();
  }

  private void evaluate(Pending check, ValidationReport.Collector collector) {
    int day = ids.start(check.incident());
    if (day == IdIndex.NO_DAY) {
      return;
    }
    LocalDate start = LocalDate.ofEpochDay(day);
    if (!check.latest().isBefore(start)) {
      return;
    }
    check
        .place()
        .report(
            collector,
            FindingCode.DATED_BEFORE_INCIDENT,
            check.noun()
                + " "
                + check.member().substring(1)
                + " \""
                + check.dated().toEdtf()
                + "\""
                + " ends before incident \""
                + check.incident()
                + "\" begins ("
                + start
                + "); check both dates, or whether it is about another incident");
  }

  private record Pending(
      String incident, LocalDate latest, EdtfTime dated, String noun, String member, Place place) {}
}
