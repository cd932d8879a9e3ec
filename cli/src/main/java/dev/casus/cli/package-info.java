/** The {@code casus} command line: validate feeds, convert between formats. */
@NullMarked
package dev.casus.cli;

import org.jspecify.annotations.NullMarked;
