/** Incidents: what happened, when and where, who took part in which role and how certain that role is, by what means, against what. */
@NullMarked
@CasusStyle
package dev.casus.core.incident;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
