package org.lilims.instrument;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * The gateway parsed a file; whoever knows what it belongs to links it, or leaves it unmatched: the cycling module
 * links cycler and potentiostat files to cells, the process module links deposition logs to coating runs.
 *
 * @param instrumentFileId the gateway's record of the file
 * @param instrumentId the instrument that sent it
 * @param channel its channel, as sent or as the file says
 * @param requestedCellCode the cell code the sender named, if any
 * @param originalName the file's name
 * @param originalPath its path on the instrument PC
 * @param comment the file's comment or barcode field (MACCOR {@code Comment/Barcode})
 * @param format the detected format
 * @param startTime when the measurement started, as the file says (instrument-local time), if it says
 */
public record InstrumentFileParsed(long instrumentFileId, String instrumentId, @Nullable String channel,
		@Nullable String requestedCellCode, String originalName, @Nullable String originalPath,
		@Nullable String comment, InstrumentFormat format, @Nullable LocalDateTime startTime) {

	public boolean isDepositionLog() {
		return this.format.isDepositionLog();
	}

}
