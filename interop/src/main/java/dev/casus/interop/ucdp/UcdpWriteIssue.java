package dev.casus.interop.ucdp;

/**
 * Something about an incident that the GED layout cannot hold, found while writing it.
 *
 * @param incidentId the incident's id
 * @param column the GED column concerned
 * @param message what was lost or why the row was not written
 * @param rowWritten true if the row was written anyway, false if the incident was skipped
 */
public record UcdpWriteIssue(String incidentId, String column, String message, boolean rowWritten) {}
