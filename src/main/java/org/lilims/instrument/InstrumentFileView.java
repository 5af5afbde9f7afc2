package org.lilims.instrument;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A file received by the gateway, as the API shows it.
 *
 * @param id the gateway's id of the file
 * @param fileId the stored file (download: {@code /api/v1/files/{fileId}/content})
 * @param sha256 SHA-256 of its content
 * @param sizeBytes its size
 * @param originalName its name on the instrument PC
 * @param originalPath its path there
 * @param instrumentId the instrument that sent it
 * @param channel the channel
 * @param datasetVersion which version of its data set it is (a growing export is sent again)
 * @param supersededBy the id of the newer version, once there is one
 * @param state how far processing got
 * @param format the detected format
 * @param rows data rows parsed
 * @param failureReason why parsing failed
 * @param failureLine the line where it failed
 * @param cellCode the cell it belongs to, when linked
 * @param stepId the coating run (process step) a deposition-controller log belongs to, when linked
 * @param linkReason how the cell was found, or why none was
 * @param receivedBy the account that sent it
 * @param receivedAt when it arrived
 * @param processedAt when it was last parsed
 * @param depositionLog whether it is a deposition-controller log, which belongs to a coating run, not a cell
 */
public record InstrumentFileView(@Nullable Long id, UUID fileId, String sha256, long sizeBytes, String originalName,
		@Nullable String originalPath, String instrumentId, @Nullable String channel, int datasetVersion,
		@Nullable Long supersededBy, InstrumentFileState state, @Nullable InstrumentFormat format, @Nullable Long rows,
		@Nullable String failureReason, @Nullable Integer failureLine, @Nullable String cellCode,
		@Nullable String linkReason, String receivedBy, Instant receivedAt, @Nullable Instant processedAt,
		@Nullable Long stepId, boolean depositionLog) {
}
