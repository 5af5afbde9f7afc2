package org.lilims.simulator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.lilims.instrument.InstrumentFormat;
import org.lilims.instrument.InstrumentParsers;
import org.lilims.instrument.ParseSink;

/**
 * Simulated exports written in memory and read back with the instrument module's parsers.
 */
public final class SimulatedFiles {

	/** The local start of every simulated test. */
	public static final LocalDateTime START = LocalDateTime.of(2025, 3, 3, 9, 30);

	private SimulatedFiles() {
	}

	/** The header of a simulator's export on channel 7. */
	public static MaccorTextWriter.Header header(CellSimulator simulator, String cellCode) {
		return MaccorTextWriter.Header.of(simulator, cellCode, START, 7);
	}

	/** The simulator's whole test as a MACCOR text export. */
	public static byte[] maccorText(CellSimulator simulator, String cellCode) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
		MaccorTextWriter.write(simulator, out, header(simulator, cellCode));
		return out.toByteArray();
	}

	/** Writes the simulator's MACCOR text export and parses it into {@code sink}, detecting its format. */
	public static void parseMaccorText(CellSimulator simulator, String cellCode, ParseSink sink) throws IOException {
		InstrumentFormat format = InstrumentParsers.parse(new ByteArrayInputStream(maccorText(simulator, cellCode)),
				header(simulator, cellCode).fileName(), ZoneOffset.UTC, sink);
		if (format != InstrumentFormat.MACCOR_TEXT) {
			throw new IllegalStateException("detected as " + format);
		}
	}

}
