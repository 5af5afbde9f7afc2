package org.lilims.process;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A recorded step: its type, parameters, inputs and what it produced.
 */
@Entity
@Table(schema = "process", name = "step")
class ProcessStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, updatable = false, length = 100)
	private String type;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, updatable = false, columnDefinition = "jsonb")
	private String parameters;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, updatable = false, columnDefinition = "jsonb")
	private String inputs;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, columnDefinition = "jsonb")
	private String produced = "[]";

	@Column(name = "project_code", nullable = false, updatable = false, length = 32)
	private String projectCode = "GENERAL";

	@Column(length = 100)
	private @Nullable String operator;

	@Column(name = "performed_at", nullable = false)
	private Instant performedAt;

	private @Nullable String notes;

	@Column(name = "created_by", nullable = false, updatable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected ProcessStep() {
		this.type = "";
		this.parameters = "{}";
		this.inputs = "[]";
		this.performedAt = Instant.EPOCH;
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	ProcessStep(String type, String projectCode, String parameters, String inputs, @Nullable String operator,
			Instant performedAt, @Nullable String notes, String createdBy, Instant createdAt) {
		this.type = type;
		this.projectCode = projectCode;
		this.parameters = parameters;
		this.inputs = inputs;
		this.operator = operator;
		this.performedAt = performedAt;
		this.notes = notes;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void recordProduced(String producedJson) {
		this.produced = producedJson;
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getType() {
		return this.type;
	}

	String getProjectCode() {
		return this.projectCode;
	}

	String getParameters() {
		return this.parameters;
	}

	String getInputs() {
		return this.inputs;
	}

	String getProduced() {
		return this.produced;
	}

	@Nullable String getOperator() {
		return this.operator;
	}

	Instant getPerformedAt() {
		return this.performedAt;
	}

	@Nullable String getNotes() {
		return this.notes;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
