/**
 * Counts reported with uncertainty: how many were killed, injured or displaced, or how many cities
 * were attacked, as a source put it.
 *
 * <p>An {@link dev.casus.core.estimate.Estimate} follows the UCDP GED convention of a low, a best
 * and a high figure, and keeps the original phrase ("dozens", "at least four") so that a consumer
 * can see exactly what was said before any reconciliation.
 */
@NullMarked
@CasusStyle
package dev.casus.core.estimate;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
