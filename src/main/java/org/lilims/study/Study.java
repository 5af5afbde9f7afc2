package org.lilims.study;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A comparison of cells: its arms (criteria, as JSON) and the metrics compared; which cells belong to an arm is
 * decided when the summary is computed.
 */
@Entity
@Table(schema = "study", name = "study")
class Study {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = 200)
	private String name;

	private @Nullable String description;

	@Column(name = "project_code", nullable = false, updatable = false, length = 32)
	private String projectCode;

	/** Metric names as a JSON array. */
	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, columnDefinition = "jsonb")
	private String metrics;

	@Column(name = "reference_arm", nullable = false, length = 200)
	private String referenceArm;

	/** The arms as a JSON array of {@link ArmDefinition}. */
	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, columnDefinition = "jsonb")
	private String arms;

	@Column(name = "created_by", nullable = false, updatable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Study() {
		this.name = "";
		this.projectCode = "";
		this.metrics = "[]";
		this.referenceArm = "";
		this.arms = "[]";
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	Study(String name, @Nullable String description, String projectCode, String metricsJson, String referenceArm,
			String armsJson, String createdBy, Instant now) {
		this.name = name;
		this.description = description;
		this.projectCode = projectCode;
		this.metrics = metricsJson;
		this.referenceArm = referenceArm;
		this.arms = armsJson;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** The values the audit trail records. */
	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", this.name);
		if (this.description != null) {
			values.put("description", this.description);
		}
		values.put("project", this.projectCode);
		values.put("metrics", this.metrics);
		values.put("referenceArm", this.referenceArm);
		values.put("arms", this.arms);
		return values;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("Study not saved yet");
		}
		return this.id;
	}

	String getName() {
		return this.name;
	}

	@Nullable String getDescription() {
		return this.description;
	}

	String getProjectCode() {
		return this.projectCode;
	}

	String getMetrics() {
		return this.metrics;
	}

	String getReferenceArm() {
		return this.referenceArm;
	}

	String getArms() {
		return this.arms;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
