package org.lilims.instrument;

import java.time.Instant;
import java.util.UUID;

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

/**
 * A file the gateway received: the stored bytes (by their storage id), who sent it, which version of its data set it
 * is, and how far processing got.
 */
@Entity
@Table(schema = "instrument", name = "instrument_file")
class InstrumentFile {

	private static final String ASSIGNED_BY = "assigned by ";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "file_id", nullable = false, updatable = false)
	private UUID fileId;

	@Column(nullable = false, updatable = false, length = 64)
	private String sha256;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long sizeBytes;

	@Column(name = "original_name", nullable = false, updatable = false, length = 500)
	private String originalName;

	@Column(name = "original_path", updatable = false, length = 1000)
	private @Nullable String originalPath;

	@Column(name = "instrument_id", nullable = false, updatable = false, length = 100)
	private String instrumentId;

	@Column(length = 32)
	private @Nullable String channel;

	@Column(name = "requested_cell_code", updatable = false, length = 32)
	private @Nullable String requestedCellCode;

	@Column(name = "dataset_key", nullable = false, updatable = false, length = 1200)
	private String datasetKey;

	@Column(name = "dataset_version", nullable = false, updatable = false)
	private int datasetVersion;

	@Column(name = "superseded_by")
	private @Nullable Long supersededBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private InstrumentFileState state = InstrumentFileState.RECEIVED;

	@Enumerated(EnumType.STRING)
	@Column(length = 32)
	private @Nullable InstrumentFormat format;

	@Column(name = "data_rows")
	private @Nullable Long dataRows;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private @Nullable String summary;

	@Column(name = "failure_reason")
	private @Nullable String failureReason;

	@Column(name = "failure_line")
	private @Nullable Integer failureLine;

	@Column(name = "cell_code", length = 32)
	private @Nullable String cellCode;

	@Column(name = "step_id")
	private @Nullable Long stepId;

	@Column(name = "link_reason", length = 200)
	private @Nullable String linkReason;

	@Column(name = "received_by", nullable = false, updatable = false, length = 64)
	private String receivedBy;

	@Column(name = "received_at", nullable = false, updatable = false)
	private Instant receivedAt;

	@Column(name = "processed_at")
	private @Nullable Instant processedAt;

	@Column(name = "processing_lease_until")
	private @Nullable Instant processingLeaseUntil;

	@Column(name = "processing_attempts", nullable = false)
	private int processingAttempts;

	@Version
	private long version;

	protected InstrumentFile() {
		this.fileId = new UUID(0, 0);
		this.sha256 = "";
		this.originalName = "";
		this.instrumentId = "";
		this.datasetKey = "";
		this.receivedBy = "";
		this.receivedAt = Instant.EPOCH;
	}

	InstrumentFile(UUID fileId, String sha256, long sizeBytes, String originalName, @Nullable String originalPath,
			String instrumentId, @Nullable String channel, @Nullable String requestedCellCode, String datasetKey,
			int datasetVersion, String receivedBy, Instant receivedAt) {
		this.fileId = fileId;
		this.sha256 = sha256;
		this.sizeBytes = sizeBytes;
		this.originalName = originalName;
		this.originalPath = originalPath;
		this.instrumentId = instrumentId;
		this.channel = channel;
		this.requestedCellCode = requestedCellCode;
		this.datasetKey = datasetKey;
		this.datasetVersion = datasetVersion;
		this.receivedBy = receivedBy;
		this.receivedAt = receivedAt;
	}

	/** This node parses the file now; another may take it over once {@code until} has passed. */
	void claimUntil(Instant until) {
		this.processingLeaseUntil = until;
		this.processingAttempts++;
	}

	/** Back to the queue of received files, to be parsed in the background. */
	void requeued() {
		this.state = InstrumentFileState.RECEIVED;
		this.processingLeaseUntil = null;
		this.processingAttempts = 0;
		this.failureReason = null;
		this.failureLine = null;
	}

	void parsed(InstrumentFormat format, long rows, String summaryJson, @Nullable Integer fileChannel, Instant now) {
		this.processingLeaseUntil = null;
		this.state = InstrumentFileState.PARSED;
		this.format = format;
		this.dataRows = rows;
		this.summary = summaryJson;
		this.failureReason = null;
		this.failureLine = null;
		if (this.channel == null && fileChannel != null) {
			this.channel = fileChannel.toString();
		}
		this.processedAt = now;
	}

	void failed(String reason, @Nullable Integer line, Instant now) {
		this.processingLeaseUntil = null;
		this.state = InstrumentFileState.FAILED;
		this.failureReason = reason;
		this.failureLine = line;
		this.processedAt = now;
	}

	/** Linked by the gateway's own rules; a person's earlier assignment stands. */
	void linked(String cell, String reason) {
		if (keepAssignment()) {
			return;
		}
		this.state = InstrumentFileState.LINKED;
		this.cellCode = cell;
		this.linkReason = reason;
	}

	/** A deposition log linked to its coating run by the gateway's own rules; a person's assignment stands. */
	void linkedToStep(long step, String reason) {
		if (keepAssignment()) {
			return;
		}
		this.state = InstrumentFileState.LINKED;
		this.stepId = step;
		this.linkReason = reason;
	}

	/** Nothing found by the gateway's rules; a person's earlier assignment stands. */
	void unmatched(String reason) {
		if (keepAssignment()) {
			return;
		}
		this.state = InstrumentFileState.UNMATCHED;
		this.cellCode = null;
		this.stepId = null;
		this.linkReason = reason;
	}

	/** A person chose the cell. */
	void assigned(String cell, String actor) {
		this.state = InstrumentFileState.LINKED;
		this.cellCode = cell;
		this.linkReason = ASSIGNED_BY + actor;
	}

	/** A person chose the coating run. */
	void assignedToStep(long step, String actor) {
		this.state = InstrumentFileState.LINKED;
		this.stepId = step;
		this.linkReason = ASSIGNED_BY + actor;
	}

	private boolean keepAssignment() {
		if ((this.cellCode != null || this.stepId != null) && this.linkReason != null
				&& this.linkReason.startsWith(ASSIGNED_BY)) {
			this.state = InstrumentFileState.LINKED;
			return true;
		}
		return false;
	}

	void supersededBy(long newer) {
		this.supersededBy = newer;
	}

	InstrumentFileView view() {
		return new InstrumentFileView(this.id, this.fileId, this.sha256, this.sizeBytes, this.originalName,
				this.originalPath, this.instrumentId, this.channel, this.datasetVersion, this.supersededBy, this.state,
				this.format, this.dataRows, this.failureReason, this.failureLine, this.cellCode, this.linkReason,
				this.receivedBy, this.receivedAt, this.processedAt, this.stepId,
				this.format != null && this.format.isDepositionLog());
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getSizeBytes() {
		return this.sizeBytes;
	}

	UUID getFileId() {
		return this.fileId;
	}

	String getOriginalName() {
		return this.originalName;
	}

	@Nullable String getOriginalPath() {
		return this.originalPath;
	}

	String getInstrumentId() {
		return this.instrumentId;
	}

	@Nullable String getChannel() {
		return this.channel;
	}

	@Nullable String getRequestedCellCode() {
		return this.requestedCellCode;
	}

	@Nullable String getSummary() {
		return this.summary;
	}

	InstrumentFileState getState() {
		return this.state;
	}

	@Nullable InstrumentFormat getFormat() {
		return this.format;
	}

}
