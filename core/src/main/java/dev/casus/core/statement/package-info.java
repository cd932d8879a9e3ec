/** Statements: acts of speech by actors (claims, accusations, denials, orders, demands, ...) and the stance each takes on what it is about. */
@NullMarked
@CasusStyle
package dev.casus.core.statement;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
