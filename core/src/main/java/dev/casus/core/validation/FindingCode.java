package dev.casus.core.validation;

import dev.casus.core.code.CodeList;

/**
 * The stable code of a finding. Codes never change meaning; their wire names (lower case) are what
 * reports print and what users disable ({@code --disable dated_before_incident}). Each code is
 * documented with a failing example and the fix in {@code docs/validation.md}.
 */
public enum FindingCode implements CodeList {
  /** The input is not well-formed JSON (or not a JSON object per JSON Lines line). */
  SYNTAX(Severity.ERROR),
  /** The input is not UTF-8 (UTF-16, UTF-32, a byte-order mark, invalid byte sequences). */
  ENCODING(Severity.ERROR),
  /** The input exceeds a reader limit (nesting depth, string, number or document length). */
  LIMIT_EXCEEDED(Severity.ERROR),
  /** A member has the wrong JSON type (a string where an array is expected). */
  WRONG_TYPE(Severity.ERROR),
  /** A member is {@code null}; Casus omits absent members instead. */
  NULL_VALUE(Severity.ERROR),
  /** A required member is missing. */
  MISSING_MEMBER(Severity.ERROR),
  /** A member the schema does not define (and not an {@code x-} extension). */
  UNKNOWN_MEMBER(Severity.ERROR),
  /** A member appears twice in one object. */
  DUPLICATE_MEMBER(Severity.ERROR),
  /** A code-list value that the code list does not hold. */
  UNKNOWN_ENUM_VALUE(Severity.ERROR),
  /** A number that is not an integer, is negative where a count is expected, or does not fit. */
  NUMBER_OUT_OF_RANGE(Severity.ERROR),
  /** An id that breaks the id grammar (blank, too long, whitespace, control characters). */
  MALFORMED_ID(Severity.ERROR),
  /** A time that is not valid EDTF of the supported subset. */
  MALFORMED_EDTF(Severity.ERROR),
  /** A language that is not a well-formed BCP 47 tag. */
  MALFORMED_LANGUAGE_TAG(Severity.ERROR),
  /** An ISO 3166 code of the wrong shape. */
  MALFORMED_ISO_CODE(Severity.ERROR),
  /** A Wikidata id that is not Q followed by digits. */
  MALFORMED_WIKIDATA_ID(Severity.ERROR),
  /** Another external identifier (GeoNames, ACLED, UCDP, GDELT) of the wrong shape. */
  MALFORMED_EXTERNAL_ID(Severity.ERROR),
  /** A value that breaks a model invariant (low &gt; high, latitude 91, interval ending early). */
  BROKEN_INVARIANT(Severity.ERROR),
  /** The schema version is not one this library reads. */
  UNSUPPORTED_SCHEMA_VERSION(Severity.ERROR),
  /** Two entities of one kind share an id. */
  DUPLICATE_ID(Severity.ERROR),
  /** A reference to an id that the feed does not hold (a warning when the feed is partial). */
  UNRESOLVED_REFERENCE(Severity.ERROR),
  /** Territories whose parents form a cycle. */
  TERRITORY_CYCLE(Severity.ERROR),
  /** Incidents whose {@code partOf} links form a cycle (an incident ends up part of itself). */
  INCIDENT_CYCLE(Severity.ERROR),
  /** Sources whose {@code partOf} links form a cycle (a source ends up part of itself). */
  SOURCE_CYCLE(Severity.ERROR),
  /** A casualty report or statement dated before the incident it is about. */
  DATED_BEFORE_INCIDENT(Severity.WARNING),
  /** A statement that both asserts and denies the same entity. */
  ASSERTS_AND_DENIES(Severity.WARNING),
  /** An incident, statement or report dated after the feed was created. */
  DATED_AFTER_FEED(Severity.WARNING),
  /** An incident without any location, so it cannot be placed on a map or in a territory. */
  INCIDENT_WITHOUT_LOCATION(Severity.WARNING);

  private final Severity defaultSeverity;

  FindingCode(Severity defaultSeverity) {
    this.defaultSeverity = defaultSeverity;
  }

  /**
   * The severity a finding with this code has unless a validation profile changes it.
   *
   * @return the default severity
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }
}
