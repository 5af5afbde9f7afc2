package org.lilims.instrument;

import org.jspecify.annotations.Nullable;

/**
 * A parsed data set now belongs to a cell (by the gateway's rules, or assigned by a person, or parsed again): its data
 * can be analysed. Published inside the transaction that links it, so a listener's own writes commit with the link.
 *
 * @param instrumentFileId the gateway's record of the file
 * @param cellCode the cell
 * @param format the file's format
 */
public record InstrumentFileLinked(long instrumentFileId, String cellCode, @Nullable InstrumentFormat format) {
}
