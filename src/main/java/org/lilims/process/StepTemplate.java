package org.lilims.process;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.lilims.sample.SampleKind;

/**
 * An administrator-defined step type: which inputs it takes, which parameters it records, what it produces.
 */
@Entity
@Table(schema = "process", name = "step_template")
class StepTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, updatable = false, length = 64)
	private String name;

	@Column(nullable = false, length = 200)
	private String label;

	private @Nullable String description;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "input_kinds", nullable = false, columnDefinition = "jsonb")
	private String inputKinds = "[]";

	@Column(name = "min_inputs", nullable = false)
	private int minInputs;

	@Column(name = "max_inputs", nullable = false)
	private int maxInputs;

	@Enumerated(EnumType.STRING)
	@Column(length = 32)
	private @Nullable SampleKind produces;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, columnDefinition = "jsonb")
	private String parameters = "[]";

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "created_by", nullable = false, updatable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected StepTemplate() {
		this.name = "";
		this.label = "";
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	StepTemplate(String name, String createdBy, Instant now) {
		this.name = name;
		this.label = name;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void define(String label, @Nullable String description, String inputKindsJson, int minInputs, int maxInputs,
			@Nullable SampleKind produces, String parametersJson, boolean active, Instant now) {
		this.label = label;
		this.description = description;
		this.inputKinds = inputKindsJson;
		this.minInputs = minInputs;
		this.maxInputs = maxInputs;
		this.produces = produces;
		this.parameters = parametersJson;
		this.active = active;
		this.updatedAt = now;
	}

	String getName() {
		return this.name;
	}

	String getLabel() {
		return this.label;
	}

	@Nullable String getDescription() {
		return this.description;
	}

	String getInputKinds() {
		return this.inputKinds;
	}

	int getMinInputs() {
		return this.minInputs;
	}

	int getMaxInputs() {
		return this.maxInputs;
	}

	@Nullable SampleKind getProduces() {
		return this.produces;
	}

	String getParameters() {
		return this.parameters;
	}

	boolean isActive() {
		return this.active;
	}

	long getVersion() {
		return this.version;
	}

}
