/** How {@code casus validate} prints a validation report: text for people, JSON for machines. */
@NullMarked
package dev.casus.cli.report;

import org.jspecify.annotations.NullMarked;
