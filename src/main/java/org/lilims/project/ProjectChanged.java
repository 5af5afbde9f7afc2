package org.lilims.project;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.AuditableEvent;

/**
 * A group or project was created, or its members changed.
 */
record ProjectChanged(String entityType, String entityId, String action, @Nullable Map<String, Object> after)
		implements AuditableEvent {

	@Override
	public @Nullable Map<String, Object> before() {
		return null;
	}

	@Override
	public @Nullable String reason() {
		return null;
	}

}
