/**
 * The root of the Casus domain model: the {@link dev.casus.core.CasusStyle} every model package
 * uses. The model itself lives in packages named after the domain's concepts.
 */
@NullMarked
package dev.casus.core;

import org.jspecify.annotations.NullMarked;
