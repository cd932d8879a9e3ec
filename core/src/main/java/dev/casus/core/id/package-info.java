/**
 * What entity ids have in common: the {@link dev.casus.core.id.EntityId} contract and its grammar.
 * Each entity's own id type ({@code ActorId}, {@code TerritoryId}, ...) lives beside the entity.
 */
@NullMarked
@CasusStyle
package dev.casus.core.id;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
