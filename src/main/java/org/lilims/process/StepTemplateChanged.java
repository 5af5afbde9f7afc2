package org.lilims.process;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.AuditableEvent;

/**
 * An administrator created or changed a step template.
 */
record StepTemplateChanged(String name, String action, Map<String, Object> after) implements AuditableEvent {

	@Override
	public String entityType() {
		return "step-template";
	}

	@Override
	public String entityId() {
		return this.name;
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
