package org.lilims.process;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.AuditableEvent;

/**
 * A process step was recorded.
 *
 * @param stepId its id
 * @param after what was recorded
 */
public record StepRecorded(long stepId, Map<String, Object> after) implements AuditableEvent {

	@Override
	public String entityType() {
		return "step";
	}

	@Override
	public String entityId() {
		return Long.toString(this.stepId);
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
