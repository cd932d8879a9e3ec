/** Actors: states, government bodies, armed forces, de-facto authorities, non-state groups, international organisations and people. */
@NullMarked
@CasusStyle
package dev.casus.core.actor;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
