/** Sources: where a fact was published (an article, a photo, a tweet, a Facebook post). */
@NullMarked
@CasusStyle
package dev.casus.core.source;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
