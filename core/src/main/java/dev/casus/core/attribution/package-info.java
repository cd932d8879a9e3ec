/**
 * How certain an attribution is: whether a role in an incident (who fired, who was hit) or the
 * control of a territory is confirmed, alleged by another party, claimed by the actor itself,
 * denied, or unknown.
 *
 * <p>Casus records who said what rather than what is "true"; {@link
 * dev.casus.core.attribution.Certainty} is how a record says which kind of assertion backs an
 * attribution.
 */
@NullMarked
@CasusStyle
package dev.casus.core.attribution;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
