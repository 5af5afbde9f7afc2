package org.lilims.cycling;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.AuditableEvent;

/**
 * An EIS measurement plan was recorded.
 *
 * @param planId its id
 * @param after what was recorded
 */
public record EisPlanRecorded(long planId, Map<String, Object> after) implements AuditableEvent {

	@Override
	public String entityType() {
		return "eis-plan";
	}

	@Override
	public String entityId() {
		return Long.toString(this.planId);
	}

	@Override
	public String action() {
		return "CREATED";
	}

	@Override
	public @Nullable Map<String, Object> before() {
		return null;
	}

	@Override
	public @Nullable String reason() {
		return null;
	}

}
