/** Territories: places in a hierarchy (country &gt; region &gt; district &gt; city), with names, codes, points, population and control over time as claimed by whom. */
@NullMarked
@CasusStyle
package dev.casus.core.territory;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
