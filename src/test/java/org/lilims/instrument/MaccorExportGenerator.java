package org.lilims.instrument;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a synthetic MACCOR text export of exactly {@code rows} data rows, laid out like the 38-column beep files
 * (about 276 bytes a row): cycles of 480 charge rows, 20 rest rows, 480 discharge rows and 20 rest rows, one row every
 * 10 s. Run: {@code java -cp target/test-classes:target/classes org.lilims.instrument.MaccorExportGenerator FILE
 * ROWS}.
 */
public final class MaccorExportGenerator {

	static final int ROWS_PER_CYCLE = 1000;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss");

	private MaccorExportGenerator() {
	}

	public static void main(String[] args) throws IOException {
		write(Path.of(args[0]), Integer.parseInt(args[1]));
	}

	public static void write(Path file, int rows) throws IOException {
		write(file, rows, true);
	}

	/**
	 * Writes the export; with {@code numberCycles} false every row says cycle 0, as some exports do.
	 */
	static void write(Path file, int rows, boolean numberCycles) throws IOException {
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1), 1 << 16)) {
			out.write("Today's Date 10/10/2019  Date of Test:\t10/01/2019\t Filename:\tC:\\Data\\GEN_000001.052"
					+ " Procedure: Generated.000\tComment/Barcode: CC-0001\r\n");
			out.write("Rec#\tCyc#\tStep\tTest (Sec)\tStep (Sec)\tAmp-hr\tWatt-hr\tAmps\tVolts\tState\tES\tDPt Time"
					+ "\tLoop1\tLoop2\tLoop3\tLoop4\tACImp/Ohms\tDCIR/Ohms\tWF Chg Cap\tWF Dis Cap\tWF Chg E\tWF Dis E"
					+ "\tRange\tVAR1\tVAR2\tVAR3\tVAR4\tVAR5\tVAR6\tVAR7\tVAR8\tVAR9\tVAR10\tVAR11\tVAR12\tVAR13\tVAR14"
					+ "\tVAR15\r\n");
			LocalDateTime start = LocalDateTime.of(2019, 10, 1, 9, 0, 0);
			StringBuilder line = new StringBuilder(320);
			for (int i = 0; i < rows; i++) {
				int cycle = numberCycles ? i / ROWS_PER_CYCLE : 0;
				int inCycle = i % ROWS_PER_CYCLE;
				char state;
				int step;
				int inStep;
				if (inCycle < 480) {
					state = 'C';
					step = 1;
					inStep = inCycle;
				}
				else if (inCycle < 500) {
					state = 'R';
					step = 2;
					inStep = inCycle - 480;
				}
				else if (inCycle < 980) {
					state = 'D';
					step = 3;
					inStep = inCycle - 500;
				}
				else {
					state = 'R';
					step = 4;
					inStep = inCycle - 980;
				}
				boolean active = state != 'R';
				double amps = active ? ((state == 'C') ? 1.5 : -1.5) : 0;
				double ampHours = active ? (inStep + 1) * 10 * 1.5 / 3600 : 0;
				double volts = 3.0 + ((state == 'D') ? 1.2 - inStep * 0.0025 : inStep * 0.0025);
				line.setLength(0);
				line.append(i + 1).append('\t').append(cycle).append('\t').append(step).append('\t');
				fixed(line, i * 10.0, 4).append('\t');
				fixed(line, inStep * 10.0, 4).append('\t');
				fixed(line, ampHours, 10).append('\t');
				fixed(line, ampHours * volts, 10).append('\t');
				fixed(line, amps, 10).append('\t');
				fixed(line, volts, 8).append('\t');
				line.append(state).append('\t').append(inStep == 0 ? 0 : 1).append('\t');
				line.append(STAMP.format(start.plusSeconds(i * 10L)));
				line.append("\t0\t0\t0\t0\t0.00000\t0.00000\tN/A\tN/A\tN/A\tN/A\t1");
				for (int v = 0; v < 15; v++) {
					line.append("\t0.00000");
				}
				line.append("\r\n");
				out.append(line);
			}
		}
	}

	private static StringBuilder fixed(StringBuilder line, double value, int decimals) {
		long scale = (long) Math.pow(10, decimals);
		long scaled = Math.round(Math.abs(value) * scale);
		if (value < 0) {
			line.append('-');
		}
		line.append(scaled / scale).append('.');
		String fraction = Long.toString(scaled % scale);
		for (int i = fraction.length(); i < decimals; i++) {
			line.append('0');
		}
		return line.append(fraction);
	}

}
