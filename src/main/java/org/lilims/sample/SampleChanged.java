package org.lilims.sample;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.AuditableEvent;

/**
 * A sample was created, changed, consumed or changed status.
 *
 * @param code the sample's code
 * @param action {@code CREATED}, {@code UPDATED}, {@code CONSUMED} or {@code STATUS_CHANGED}
 * @param before values before the change
 * @param after values after it
 * @param reason why, if given
 */
public record SampleChanged(String code, String action, @Nullable Map<String, Object> before,
		@Nullable Map<String, Object> after, @Nullable String reason) implements AuditableEvent {

	@Override
	public String entityType() {
		return "sample";
	}

	@Override
	public String entityId() {
		return this.code;
	}

}
