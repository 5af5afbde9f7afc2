package org.lilims.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Immutable
@Table(schema = "audit", name = "audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "entity_type", nullable = false, length = 32)
	private String entityType;

	@Column(name = "entity_id", nullable = false, length = 64)
	private String entityId;

	@Column(nullable = false, length = 32)
	private String action;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "before_json", columnDefinition = "jsonb")
	private @Nullable String beforeJson;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "after_json", columnDefinition = "jsonb")
	private @Nullable String afterJson;

	private @Nullable String reason;

	protected AuditEntry() {
		this.entityType = "";
		this.entityId = "";
		this.action = "";
		this.actor = "";
		this.occurredAt = Instant.EPOCH;
	}

	AuditEntry(String entityType, String entityId, String action, String actor, Instant occurredAt,
			@Nullable String beforeJson, @Nullable String afterJson, @Nullable String reason) {
		this.entityType = entityType;
		this.entityId = entityId;
		this.action = action;
		this.actor = actor;
		this.occurredAt = occurredAt;
		this.beforeJson = beforeJson;
		this.afterJson = afterJson;
		this.reason = reason;
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getEntityType() {
		return this.entityType;
	}

	String getEntityId() {
		return this.entityId;
	}

	String getAction() {
		return this.action;
	}

	String getActor() {
		return this.actor;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	@Nullable String getBeforeJson() {
		return this.beforeJson;
	}

	@Nullable String getAfterJson() {
		return this.afterJson;
	}

	@Nullable String getReason() {
		return this.reason;
	}

}
