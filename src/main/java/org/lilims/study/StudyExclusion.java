package org.lilims.study;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A cell left out of a study's statistics, and why (e.g. an assembly defect).
 */
@Entity
@Table(schema = "study", name = "exclusion")
class StudyExclusion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "study_id", nullable = false, updatable = false)
	private long studyId;

	@Column(name = "cell_code", nullable = false, updatable = false, length = 32)
	private String cellCode;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(name = "created_by", nullable = false, updatable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected StudyExclusion() {
		this.cellCode = "";
		this.reason = "";
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	StudyExclusion(long studyId, String cellCode, String reason, String createdBy, Instant now) {
		this.studyId = studyId;
		this.cellCode = cellCode;
		this.reason = reason;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	StudyView.Exclusion view() {
		return new StudyView.Exclusion(this.cellCode, this.reason, this.createdBy, this.createdAt);
	}

	String getCellCode() {
		return this.cellCode;
	}

	String getReason() {
		return this.reason;
	}

}
