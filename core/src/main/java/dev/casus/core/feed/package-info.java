/** Feeds: one document holding sources, actors, territories, incidents, statements and casualty reports. */
@NullMarked
@CasusStyle
package dev.casus.core.feed;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
