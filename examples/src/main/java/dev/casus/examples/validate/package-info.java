/**
 * Example: validate a feed received from elsewhere, list every finding and decide whether to trust
 * it ({@link dev.casus.examples.validate.ValidateIncomingFeed}).
 */
@NullMarked
package dev.casus.examples.validate;

import org.jspecify.annotations.NullMarked;
