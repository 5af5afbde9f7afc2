package org.lilims.shared;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An {@link AuditableEvent} for a record that was just created: nothing before, no reason.
 */
public interface RecordCreated extends AuditableEvent {

	@Override
	default String action() {
		return "CREATED";
	}

	@Override
	default @Nullable Map<String, Object> before() {
		return null;
	}

	@Override
	default @Nullable String reason() {
		return null;
	}

}
