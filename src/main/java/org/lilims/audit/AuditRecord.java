package org.lilims.audit;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One line of a record's audit trail.
 *
 * @param entityType kind of record
 * @param entityId its identifier
 * @param action what happened
 * @param actor who did it
 * @param occurredAt when
 * @param before values before
 * @param after values after
 * @param changes for updates: the fields that changed, with old and new values
 * @param reason why, if given
 */
public record AuditRecord(String entityType, String entityId, String action, String actor, Instant occurredAt,
		@Nullable Map<String, Object> before, @Nullable Map<String, Object> after,
		Map<String, Change> changes, @Nullable String reason) {

	/**
	 * A field's old and new value.
	 *
	 * @param from old value ({@code null}: not set)
	 * @param to new value ({@code null}: removed)
	 */
	public record Change(@Nullable Object from, @Nullable Object to) {
	}

}
