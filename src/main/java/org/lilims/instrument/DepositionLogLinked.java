package org.lilims.instrument;

/**
 * A parsed deposition-controller log now belongs to a coating run (a process step): its layers can be analysed.
 * Published inside the transaction that links it.
 *
 * @param instrumentFileId the gateway's record of the log
 * @param stepId the coating run
 */
public record DepositionLogLinked(long instrumentFileId, long stepId) {
}
