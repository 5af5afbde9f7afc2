package org.lilims.instrument;

import org.jspecify.annotations.Nullable;

/**
 * The gateway parsed a file; whoever knows the cells (the cycling module) links it, or leaves it unmatched.
 *
 * @param instrumentFileId the gateway's record of the file
 * @param instrumentId the instrument that sent it
 * @param channel its channel, as sent or as the file says
 * @param requestedCellCode the cell code the sender named, if any
 * @param originalName the file's name
 * @param originalPath its path on the instrument PC
 * @param comment the file's comment or barcode field (MACCOR {@code Comment/Barcode})
 * @param format the detected format
 */
public record InstrumentFileParsed(long instrumentFileId, String instrumentId, @Nullable String channel,
		@Nullable String requestedCellCode, String originalName, @Nullable String originalPath,
		@Nullable String comment, InstrumentFormat format) {
}
