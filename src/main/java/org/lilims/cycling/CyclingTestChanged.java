package org.lilims.cycling;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.AuditableEvent;

/**
 * A cycling test was planned, changed status or had its notes changed.
 *
 * @param testId the test's id
 * @param action {@code CREATED}, {@code STATUS_CHANGED} or {@code UPDATED}
 * @param before values before the change
 * @param after values after it
 * @param reason why, if given
 */
public record CyclingTestChanged(long testId, String action, @Nullable Map<String, Object> before,
		@Nullable Map<String, Object> after, @Nullable String reason) implements AuditableEvent {

	@Override
	public String entityType() {
		return "cycling-test";
	}

	@Override
	public String entityId() {
		return Long.toString(this.testId);
	}

}
