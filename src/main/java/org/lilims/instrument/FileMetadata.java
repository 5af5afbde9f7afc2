package org.lilims.instrument;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a file says about itself.
 *
 * @param format the detected format
 * @param channel cycler channel (MACCOR: the file extension, else the header), null when unknown
 * @param startTime local start time of the test as written by the instrument (no zone)
 * @param assumedZone zone in which the instrument's local times are read when converted to instants
 * @param procedure procedure (schedule) file name
 * @param procedureDescription text the instrument appends to the procedure name
 * @param comment comment or barcode (MACCOR "Comment/Barcode"), the usual link to the cell
 * @param sourceFileName file name recorded inside the file
 * @param sourceUnits unit of each normalised quantity in the source (e.g. {@code testTime -> min})
 * @param signConvention how current and impedance signs were read and normalised
 */
public record FileMetadata(InstrumentFormat format, @Nullable Integer channel, @Nullable LocalDateTime startTime,
		ZoneId assumedZone, @Nullable String procedure, @Nullable String procedureDescription,
		@Nullable String comment, @Nullable String sourceFileName, Map<String, String> sourceUnits,
		String signConvention) {

	public FileMetadata {
		sourceUnits = Map.copyOf(sourceUnits);
	}

}
