package dev.casus.core.validation;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How strictly a consumer judges a feed: which finding codes are reported, at which severity, and
 * how many findings a report lists at most.
 *
 * <p>Two presets cover most uses. {@link #strict()} reports every code at its default severity: a
 * dashboard ingesting the seed article's feed rejects it if a member is unknown. {@link #lenient()}
 * reports unknown members as warnings instead, for consumers that read feeds from newer producers.
 * In every profile, an unresolved reference is an error unless the feed declares itself partial (it
 * points at entities published elsewhere), in which case it is a warning; an explicit {@link
 * #withSeverity severity override} takes precedence over both.
 *
 * <p>Profiles are values: {@code ValidationProfile.strict().disable(FindingCode.DATED_AFTER_FEED)}
 * returns a new profile, like the STIX validator's {@code --disable}.
 */
@Value.Immutable
public abstract class ValidationProfile {

  /** How many findings a report lists unless a profile says otherwise. */
  public static final int DEFAULT_MAX_FINDINGS = 1000;

  ValidationProfile() {}

  /**
   * A builder for a profile; starts out strict.
   *
   * @return a new builder
   */
  public static ImmutableValidationProfile.Builder builder() {
    return ImmutableValidationProfile.builder();
  }

  /**
   * Every code enabled at its default severity; at most {@value #DEFAULT_MAX_FINDINGS} findings.
   *
   * @return the strict profile
   */
  public static ValidationProfile strict() {
    return builder().build();
  }

  /**
   * Like {@link #strict()}, but unknown members are warnings rather than errors, so that a feed
   * written by a newer producer still validates.
   *
   * @return the lenient profile
   */
  public static ValidationProfile lenient() {
    return builder().putSeverityOverride(FindingCode.UNKNOWN_MEMBER, Severity.WARNING).build();
  }

  /**
   * The codes that are not reported at all.
   *
   * @return the disabled codes, possibly empty
   */
  public abstract Set<FindingCode> disabled();

  /**
   * Severities that replace whatever severity a finding of the code would otherwise have.
   *
   * @return code to severity, possibly empty
   */
  public abstract Map<FindingCode, Severity> severityOverrides();

  /**
   * How many findings a report lists at most; findings beyond are counted but not listed, and the
   * report says it is partial.
   *
   * @return the finding limit, at least 1; {@value #DEFAULT_MAX_FINDINGS} unless set
   */
  @Value.Default
  public int maxFindings() {
    return DEFAULT_MAX_FINDINGS;
  }

  /**
   * This profile with the given codes disabled as well.
   *
   * @param codes codes to stop reporting, e.g. {@code DATED_AFTER_FEED}
   * @return the new profile
   */
  public ValidationProfile disable(FindingCode... codes) {
    return builder().from(this).addDisabled(codes).build();
  }

  /**
   * This profile with the given codes reported again.
   *
   * @param codes codes to report
   * @return the new profile
   */
  public ValidationProfile enable(FindingCode... codes) {
    Set<FindingCode> enabled = Set.copyOf(Arrays.asList(codes));
    return builder()
        .from(this)
        .disabled(disabled().stream().filter(c -> !enabled.contains(c)).toList())
        .build();
  }

  /**
   * This profile with findings of {@code code} always reported at {@code severity}.
   *
   * @param code the code
   * @param severity the severity its findings get
   * @return the new profile
   */
  public ValidationProfile withSeverity(FindingCode code, Severity severity) {
    return builder().from(this).putSeverityOverride(code, severity).build();
  }

  /**
   * This profile with another finding limit.
   *
   * @param maxFindings how many findings a report lists at most, at least 1
   * @return the new profile
   * @throws IllegalArgumentException if {@code maxFindings} is less than 1
   */
  public ValidationProfile limitedTo(int maxFindings) {
    return builder().from(this).maxFindings(maxFindings).build();
  }

  /**
   * Whether findings of this code are reported.
   *
   * @param code the code
   * @return false if the code is disabled
   */
  public boolean isEnabled(FindingCode code) {
    return !disabled().contains(code);
  }

  /**
   * The finding as this profile reports it: empty if its code is disabled, otherwise with the
   * overriding severity if the profile has one for its code, else unchanged.
   *
   * @param finding a finding as a check produced it
   * @return the finding to report, if any
   */
  public Optional<Finding> apply(Finding finding) {
    if (!isEnabled(finding.code())) {
      return Optional.empty();
    }
    Severity override = severityOverrides().get(finding.code());
    if (override == null || override == finding.severity()) {
      return Optional.of(finding);
    }
    return Optional.of(ImmutableFinding.copyOf(finding).withSeverity(override));
  }

  @Value.Check
  final void check() {
    if (maxFindings() < 1) {
      throw new IllegalArgumentException(
          "ValidationProfile.maxFindings must be >= 1, got " + maxFindings());
    }
  }
}
