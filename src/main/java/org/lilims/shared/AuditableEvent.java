package org.lilims.shared;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A change that the audit trail records: published by the module that made it, handled synchronously in the same
 * transaction, so nothing commits unaudited.
 */
public interface AuditableEvent {

	/** Kind of record, e.g. {@code sample} or {@code step}. */
	String entityType();

	/** Its human-readable identifier, e.g. {@code LI-0001}. */
	String entityId();

	/** What happened, e.g. {@code CREATED}, {@code UPDATED}, {@code STATUS_CHANGED}, {@code CONSUMED}. */
	String action();

	/** Values before the change ({@code null} for a creation). */
	@Nullable Map<String, Object> before();

	/** Values after the change. */
	@Nullable Map<String, Object> after();

	/** Why, when the user said. */
	@Nullable String reason();

}
