package dev.casus.jackson;

import com.google.common.collect.ImmutableList;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.Severity;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a collecting read found: the decoded value, if it could be built, and every finding in
 * document order. A collecting read never throws for bad data; a validator reports {@link
 * #findings()} and goes on checking {@link #value()} when it is present.
 *
 * <p>For a feed, an entity with a broken value (a wrong type, a malformed id, a broken invariant,
 * a repeated id, ...) is left out of the value; an unknown or repeated member is skipped and its
 * entity kept. Either way each problem is a finding. The value is empty when the feed's own
 * members (schemaVersion, producer, createdAt, ...) are broken or the input is unreadable
 * (syntax, encoding, a reader limit).
 *
 * @param <T> the type read
 */
public final class ReadResult<T> {

  private final @Nullable T value;
  private final ImmutableList<Finding> findings;

  private ReadResult(@Nullable T value, List<Finding> findings) {
    this.value = value;
    this.findings = ImmutableList.copyOf(findings);
  }

  /**
   * A result.
   *
   * @param value the decoded value, or null when it could not be built
   * @param findings every finding, in document order
   * @param <T> the type read
   * @return the result
   */
  public static <T> ReadResult<T> of(@Nullable T value, List<Finding> findings) {
    return new ReadResult<>(value, findings);
  }

  /**
   * The decoded value, possibly partial (see the class comment).
   *
   * @return the value, or empty if it could not be built
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Every problem found, in document order.
   *
   * @return the findings, possibly empty
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Whether any finding is an error: then the input is not a valid Casus document, even if a
   * value was built.
   *
   * @return true if some finding has severity {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /**
   * The value, if the input held no error.
   *
   * @return the complete value
   * @throws CasusReadException carrying every error finding, if there is any (or if no value was
   *     built)
   */
  public T orElseThrow() {
    ImmutableList<Finding> errors =
        findings.stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .collect(ImmutableList.toImmutableList());
    if (!errors.isEmpty()) {
      throw new CasusReadException(errors);
    }
    if (value == null) {
      throw new CasusReadException(
          Finding.of(
              dev.casus.core.validation.FindingCode.SYNTAX, "", "the input held no value"));
    }
    return value;
  }

  @Override
  public String toString() {
    return "ReadResult{value=" + (value == null ? "none" : "present") + ", findings=" + findings
        + "}";
  }
}
