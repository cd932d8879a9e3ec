/** Casualty reports: counts of killed, injured, missing, captured and displaced people, reported by someone as of a date, each count an estimate. */
@NullMarked
@CasusStyle
package dev.casus.core.casualty;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
