package dev.casus.cli.report;

import dev.casus.core.validation.ValidationReport;

/**
 * The validation report of one input named on the command line.
 *
 * @param input the name the user gave ({@code -} for standard input)
 * @param report what validation found
 */
public record InputReport(String input, ValidationReport report) {}
