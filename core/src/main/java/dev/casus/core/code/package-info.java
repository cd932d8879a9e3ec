/** Closed code lists of the model and their stable wire names. */
@NullMarked
@CasusStyle
package dev.casus.core.code;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
