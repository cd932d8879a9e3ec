/**
 * Validation findings: what is wrong (or doubtful) in incoming data, each with a severity, a
 * stable code, a JSON Pointer to the place and a message a person can act on.
 */
@NullMarked
@CasusStyle
package dev.casus.core.validation;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
