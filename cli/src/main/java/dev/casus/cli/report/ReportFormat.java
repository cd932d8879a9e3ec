package dev.casus.cli.report;

/** The output formats of {@code casus validate --format}. */
public enum ReportFormat {
  /** One line per finding ({@code file:line:col severity code pointer message}), then a summary. */
  TEXT,
  /** One JSON document: valid, counts, partial, and the findings. */
  JSON;
}
