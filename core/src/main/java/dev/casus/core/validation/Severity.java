package dev.casus.core.validation;

import dev.casus.core.code.CodeList;

/** How much a finding matters to a consumer deciding whether to trust a feed. */
public enum Severity implements CodeList {
  /** The data is wrong: it breaks the schema, an invariant or a reference. The feed is invalid. */
  ERROR,
  /** The data is valid but implausible (a casualty report dated before its incident). */
  WARNING,
  /** Worth knowing, not a problem (an extension member the reader does not interpret). */
  INFO;
}
