package dev.casus.jackson;

import com.google.common.collect.ImmutableList;
import dev.casus.core.entity.EntityId;
import dev.casus.core.validation.Finding;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one exception a Casus read throws for bad input: malformed JSON, a wrong encoding, a reader
 * limit, or data that breaks the wire format or a model invariant. It carries the problem as
 * {@link Finding}s (code, JSON Pointer, line and column), and its message reads like {@code line
 * 12, column 15, at /incidents/0/time: invalid EDTF "2020-13" at position 5: month must be
 * 01-12}.
 *
 * <p>Unchecked, so that reading a feed in a stream pipeline needs no wrapping. Input/output
 * failures of the underlying stream or file are not data problems and arrive as {@link
 * java.io.UncheckedIOException} instead.
 */
public final class CasusReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList and Finding are serializable enough for our use
  private final ImmutableList<Finding> findings;

  /** The id of the JSON Lines record that could not be read, when its id could; not serialized. */
  private final transient @Nullable EntityId entityId;

  /**
   * An exception for one or more findings, the first of which is the one that ended the read.
   *
   * @param findings the findings, not empty
   * @throws IllegalArgumentException if {@code findings} is empty
   */
  public CasusReadException(List<Finding> findings) {
    this(findings, null);
  }

  /** An exception for the findings of a JSON Lines record whose id could be read. */
  CasusReadException(List<Finding> findings, @Nullable EntityId entityId) {
    super(message(findings));
    this.findings = ImmutableList.copyOf(findings);
    this.entityId = entityId;
  }

  /**
   * An exception for one finding.
   *
   * @param finding the problem
   */
  public CasusReadException(Finding finding) {
    this(ImmutableList.of(finding));
  }

  /**
   * The problem that ended the read.
   *
   * @return the first finding
   */
  public Finding finding() {
    return findings.get(0);
  }

  /**
   * Every finding this exception reports, in document order; the first is {@link #finding()}.
   *
   * @return the findings, never empty
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The id of the entity in the JSON Lines record that could not be read, when the id itself could
   * be: the record is there, broken, and references to it should not also count as unresolved.
   *
   * @return the id, or empty (for a document, or a record whose id is broken or missing)
   */
  public Optional<EntityId> entityId() {
    return Optional.ofNullable(entityId);
  }

  /**
   * Formats a finding the way this exception's message does: {@code [input: ]line L, column C, at
   * POINTER: MESSAGE}, where the root pointer is written {@code (root)}.
   *
   * @param f the finding
   * @return the one-line description
   */
  public static String describe(Finding f) {
    StringBuilder s = new StringBuilder();
    f.input().ifPresent(i -> s.append(i).append(": "));
    if (f.line().isPresent()) {
      s.append("line ").append(f.line().getAsLong());
      if (f.column().isPresent()) {
        s.append(", column ").append(f.column().getAsInt());
      }
      s.append(", ");
    }
    s.append("at ").append(f.pointer().isEmpty() ? "(root)" : f.pointer()).append(": ");
    return s.append(f.message()).toString();
  }

  private static String message(List<Finding> findings) {
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("CasusReadException.findings must not be empty");
    }
    String first = describe(findings.get(0));
    return findings.size() == 1 ? first : first + " (and " + (findings.size() - 1) + " more)";
  }
}
