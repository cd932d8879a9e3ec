package dev.casus.core.validation;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The outcome of validating a feed: every finding in document order, how many of each severity were
 * found, and how many records were read.
 *
 * <p>A report lists at most a profile's {@link ValidationProfile#maxFindings() maxFindings}
 * findings: the first ones in document order. Findings beyond the limit are still counted, so
 * {@link #counts()} and {@link #isValid()} are exact, but the report {@link #isPartial() is
 * partial} and its {@link #summary()} says how many findings are not listed.
 *
 * <p>Example, for a feed whose casualty report names an incident the feed does not hold: {@code
 * invalid: 1 error, 0 warnings, 0 infos in 12 records} followed by {@code ERROR
 * unresolved_reference /casualtyReports/0/incident no incident with id "inc-ganja" in the feed;
 * ...}.
 */
@Value.Immutable
public abstract class ValidationReport {

  ValidationReport() {}

  /**
   * A builder for a report, for readers that have their findings already; checks should use a
   * {@link Collector} instead.
   *
   * @return a new builder
   */
  public static ImmutableValidationReport.Builder builder() {
    return ImmutableValidationReport.builder();
  }

  /**
   * A collector that applies {@code profile} to every finding added to it.
   *
   * @param profile the profile
   * @return a new, empty collector
   */
  public static Collector collector(ValidationProfile profile) {
    return new Collector(profile);
  }

  /**
   * The findings, in document order; at most the profile's finding limit.
   *
   * @return the listed findings
   */
  public abstract List<Finding> findings();

  /**
   * How many findings of each severity were found beyond the finding limit and are not listed.
   *
   * @return severity to a positive count; empty unless the report is partial
   */
  public abstract Map<Severity, Long> omitted();

  /**
   * How many records (entities, or lines of JSON Lines) were read.
   *
   * @return the record count, 0 unless set
   */
  @Value.Default
  public long recordsRead() {
    return 0;
  }

  /**
   * Whether the finding limit cut the list of findings short.
   *
   * @return true if some findings are counted but not listed
   */
  public boolean isPartial() {
    return !omitted().isEmpty();
  }

  /**
   * How many findings are counted but not listed.
   *
   * @return the number of omitted findings, 0 unless partial
   */
  public long omittedCount() {
    return omitted().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Whether the feed is valid: no finding is an error (listed or omitted). Warnings and infos do
   * not make a feed invalid.
   *
   * @return true if there is no error
   */
  public boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  /**
   * How many findings of a severity were found, listed or omitted.
   *
   * @param severity the severity
   * @return the count
   */
  public long count(Severity severity) {
    long listed = findings().stream().filter(f -> f.severity() == severity).count();
    return listed + omitted().getOrDefault(severity, 0L);
  }

  /**
   * The number of findings per severity, listed or omitted, for every severity in order.
   *
   * @return severity to count, all three severities present
   */
  public Map<Severity, Long> counts() {
    ImmutableMap.Builder<Severity, Long> counts = ImmutableMap.builder();
    for (Severity s : Severity.values()) {
      counts.put(s, count(s));
    }
    return counts.buildOrThrow();
  }

  /**
   * One line a person reads first: valid or not, the counts, and whether findings are missing from
   * the list, e.g. {@code invalid: 1 error, 2 warnings, 0 infos in 12 records}.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder s =
        new StringBuilder(isValid() ? "valid" : "invalid")
            .append(": ")
            .append(plural(count(Severity.ERROR), "error"))
            .append(", ")
            .append(plural(count(Severity.WARNING), "warning"))
            .append(", ")
            .append(plural(count(Severity.INFO), "info"))
            .append(" in ")
            .append(plural(recordsRead(), "record"));
    if (isPartial()) {
      s.append("; partial: only the first ")
          .append(plural(findings().size(), "finding"))
          .append(" are listed, ")
          .append(omittedCount())
          .append(omittedCount() == 1 ? " more was" : " more were")
          .append(" found (raise the finding limit to list them)");
    }
    return s.toString();
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  @Value.Check
  final void check() {
    if (recordsRead() < 0) {
      throw new IllegalArgumentException(
          "ValidationReport.recordsRead must be >= 0, got " + recordsRead());
    }
    omitted()
        .forEach(
            (severity, n) -> {
              if (n < 1) {
                throw new IllegalArgumentException(
                    "ValidationReport.omitted must hold positive counts, got "
                        + severity
                        + "="
                        + n);
              }
            });
  }

  /** The summary, then one finding per line. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(summary());
    findings().forEach(f -> s.append('\n').append(f));
    return s.toString();
  }

  /**
   * Gathers findings while a feed is read and checked, and builds the report.
   *
   * <p>It applies its profile to every finding (dropping disabled codes, overriding severities),
   * keeps the findings in document order and at most {@link ValidationProfile#maxFindings()} of
   * them: when more arrive, the ones latest in the document are dropped and only counted. Its
   * memory is therefore bounded by the limit, however many findings a large feed produces.
   *
   * <p>Document order is given by a <em>record</em> number (the record's ordinal in the feed; in
   * JSON Lines, its line number) and a <em>sequence</em> within the record (the order of the member
   * in the record); ties keep the order in which findings arrived. Findings added without a place
   * come before every placed finding, in arrival order.
   */
  public static final class Collector {
    private final ValidationProfile profile;
    private final TreeMap<Slot, Finding> kept = new TreeMap<>();
    private final EnumMap<Severity, Long> omitted = new EnumMap<>(Severity.class);
    private long arrivals;
    private long recordsRead;

    Collector(ValidationProfile profile) {
      this.profile = profile;
    }

    /**
     * The profile applied to findings.
     *
     * @return the profile
     */
    public ValidationProfile profile() {
      return profile;
    }

    /**
     * Adds a finding about the document as a whole or found while reading, before every placed
     * finding.
     *
     * @param finding the finding, with its code's or the check's severity
     */
    public void add(Finding finding) {
      add(finding, Long.MIN_VALUE, 0);
    }

    /**
     * Adds a finding at a place in document order.
     *
     * @param finding the finding, with its code's or the check's severity
     * @param record the record's ordinal in the feed (in JSON Lines, its line number)
     * @param sequence the order of the finding's place within the record
     */
    public void add(Finding finding, long record, int sequence) {
      Optional<Finding> reported = profile.apply(finding);
      if (reported.isEmpty()) {
        return;
      }
      kept.put(new Slot(record, sequence, arrivals++), reported.get());
      if (kept.size() > profile.maxFindings()) {
        Finding dropped = kept.pollLastEntry().getValue();
        omitted.merge(dropped.severity(), 1L, Long::sum);
      }
    }

    /** Counts one record (an entity, or a line of JSON Lines) as read. */
    public void countRecord() {
      recordsRead++;
    }

    /**
     * Whether findings have been dropped because of the limit.
     *
     * @return true if the report would be partial
     */
    public boolean isPartial() {
      return !omitted.isEmpty();
    }

    /**
     * The report of what was collected so far; the collector stays usable.
     *
     * @return the report
     */
    public ValidationReport build() {
      return builder().findings(kept.values()).omitted(omitted).recordsRead(recordsRead).build();
    }

    private record Slot(long record, int sequence, long arrival) implements Comparable<Slot> {
      @Override
      public int compareTo(Slot o) {
        int c = Long.compare(record, o.record);
        if (c == 0) {
          c = Integer.compare(sequence, o.sequence);
        }
        return c != 0 ? c : Long.compare(arrival, o.arrival);
      }
    }
  }
}
