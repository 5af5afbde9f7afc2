package org.lilims.shared;

/**
 * Lets the module that owns a kind of record say whether the signed-in user may read one, so that modules showing
 * data about records they do not own (the audit trail, attachments) do not reveal records of other projects.
 */
public interface RecordAccess {

	/** Whether this bean decides for records of that type, e.g. {@code sample}. */
	boolean handles(String entityType);

	/** Whether the signed-in user may read the record. */
	boolean canRead(String entityType, String entityId);

}
