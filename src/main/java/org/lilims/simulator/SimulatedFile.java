package org.lilims.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A simulated instrument file as an instrument PC would hand it to the gateway: its name, the instrument and channel
 * that wrote it, the cell or coating run it belongs to, and its content, produced on demand (large cycler exports
 * stream, so a loader never needs them all in memory).
 *
 * @param fileName the name the instrument gives it (e.g. {@code SYM-LZLN-J10-1.007}, {@code EIS-LN-1_C05.mpt})
 * @param kind what it holds
 * @param instrumentId the instrument that wrote it (the gateway's {@code instrumentId})
 * @param channel the instrument channel, null for a deposition controller
 * @param ownerCode the cell code (cycler and impedance files) or the coating run's code (deposition logs)
 * @param localStart instrument-local start of the measurement
 * @param content writes the bytes
 */
public record SimulatedFile(String fileName, Kind kind, String instrumentId, @Nullable String channel,
		String ownerCode, LocalDateTime localStart, Content content) {

	/** What a file holds. */
	public enum Kind {

		/** A cycler export (MACCOR text) of a whole cycling test. */
		CYCLING,

		/** One impedance sweep (BioLogic EC-Lab PEIS text export). */
		IMPEDANCE,

		/** A deposition-controller log of a coating run (Inficon SQC-310). */
		DEPOSITION_LOG

	}

	/** Produces a file's bytes; the same each time. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	/** Writes the content to {@code out} (not closed). */
	public void writeTo(OutputStream out) throws IOException {
		this.content.writeTo(out);
	}

	/** The whole content in memory: for small files and tests. */
	public byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
		try {
			this.content.writeTo(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
