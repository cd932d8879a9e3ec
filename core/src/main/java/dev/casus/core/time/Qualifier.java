package dev.casus.core.time;

import dev.casus.core.code.CodeList;
import java.util.Optional;

/**
 * How sure the reporting is of an {@link EdtfDate}: the EDTF level-1 qualifier suffixed to a date.
 *
 * <p>EDTF distinguishes a date the source is unsure of ("reportedly on Sunday", {@code
 * 2020-10-04?}) from a date that is close but not exact ("around October 4", {@code 2020-10-04~}).
 * A qualifier applies to the whole date; a date-time cannot carry one.
 */
public enum Qualifier implements CodeList {
  /** The date is stated plainly: {@code 2020-10-04}. */
  NONE(""),
  /** The date may be wrong (the source hedges or is unconfirmed): {@code 2020-10-04?}. */
  UNCERTAIN("?"),
  /** The date is close to the real one but not exact ("around", "about"): {@code 2020-10-04~}. */
  APPROXIMATE("~"),
  /** Both uncertain and approximate: {@code 2020-10-04%}. */
  UNCERTAIN_AND_APPROXIMATE("%");

  private final String suffix;

  Qualifier(String suffix) {
    this.suffix = suffix;
  }

  /**
   * The EDTF suffix that writes this qualifier after a date.
   *
   * @return {@code ""}, {@code "?"}, {@code "~"} or {@code "%"}
   */
  public String suffix() {
    return suffix;
  }

  /**
   * The qualifier written by {@code suffix}.
   *
   * @param suffix an EDTF qualifier suffix: {@code ""}, {@code "?"}, {@code "~"} or {@code "%"}
   * @return the qualifier, or empty if {@code suffix} is none of these
   */
  public static Optional<Qualifier> fromSuffix(String suffix) {
    for (Qualifier q : values()) {
      if (q.suffix.equals(suffix)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /** The qualifier written by the single character {@code c}, or empty. */
  static Optional<Qualifier> fromSuffixChar(char c) {
    return switch (c) {
      case '?' -> Optional.of(UNCERTAIN);
      case '~' -> Optional.of(APPROXIMATE);
      case '%' -> Optional.of(UNCERTAIN_AND_APPROXIMATE);
      default -> Optional.empty();
    };
  }
}
