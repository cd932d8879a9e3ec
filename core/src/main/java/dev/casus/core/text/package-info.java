/** The rule shared by the free-text members of the model. */
@NullMarked
package dev.casus.core.text;

import org.jspecify.annotations.NullMarked;
