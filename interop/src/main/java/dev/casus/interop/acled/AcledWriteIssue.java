package dev.casus.interop.acled;

/**
 * Something about an incident that the ACLED layout cannot hold, found while writing it: a time
 * ACLED cannot express, a third main actor, a second location. Reported to the writer's callback.
 *
 * @param incidentId the incident's id
 * @param column the ACLED column concerned
 * @param message what was lost or why the row was not written
 * @param rowWritten true if the row was written anyway (with the loss described), false if the
 *     incident was skipped
 */
public record AcledWriteIssue(
    String incidentId, String column, String message, boolean rowWritten) {}
