/**
 * What the entities of a feed have in common: the {@link dev.casus.core.entity.Entity} contract,
 * typed ids ({@link dev.casus.core.entity.EntityId}) and their grammar. Each entity and its own id
 * type ({@code Actor} and {@code ActorId}, ...) live in the package of their concept.
 */
@NullMarked
@CasusStyle
package dev.casus.core.entity;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
