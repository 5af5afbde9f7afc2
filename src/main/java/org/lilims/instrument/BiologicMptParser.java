package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lilims.instrument.BiologicColumns.Quantity;

/**
 * BioLogic EC-Lab text exports ({@code .mpt}): {@code EC-Lab ASCII FILE}, {@code Nb header lines : N} (the column
 * line is line N), Windows-1252, tab-separated. A file written with a decimal comma is recognised from its first data
 * line. Impedance files give {@link ImpedancePoint}s ({@code -Im(Z)/Ohm} negated back to a signed Im(Z)), others
 * {@link TimeSeriesRow}s in SI units.
 */
final class BiologicMptParser implements InstrumentParser {

	static final String SIGN_CONVENTION = "current: I/mA as written (positive anodic = charge of the working "
			+ "electrode, negative on discharge); impedance: -Im(Z)/Ohm negated into signed Im(Z), negative when "
			+ "capacitive";

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final String HEADER_LINES = "Nb header lines :";

	private static final int MAX_HEADER_LINES = 10_000;

	private final ZoneId assumedZone;

	BiologicMptParser(ZoneId assumedZone) {
		this.assumedZone = assumedZone;
	}

	@Override
	public InstrumentFormat format() {
		return InstrumentFormat.BIOLOGIC_MPT;
	}

	@Override
	public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
		LineReader lines = new LineReader(in);
		if (!lines.next() || !lines.latin1().strip().equals(BiologicMptHeader.TITLE)) {
			throw new ParseException(1, "not an EC-Lab text file: no '" + BiologicMptHeader.TITLE + "' title");
		}
		int headerLines = headerLines(lines);
		List<String> header = new ArrayList<>();
		while (lines.lineNumber() < headerLines - 1) {
			if (!lines.next()) {
				throw new ParseException(lines.lineNumber(),
						"file ends within the " + headerLines + " header lines");
			}
			header.add(decode(lines));
		}
		if (!lines.next()) {
			throw new ParseException(lines.lineNumber(), "no column line (line " + headerLines + ")");
		}
		String columnLine = decode(lines);
		BiologicColumns columns = new BiologicColumns(Arrays.stream(columnLine.split("\t", -1)).map(String::strip).toList());
		BiologicMptHeader parsed = BiologicMptHeader.parse(header);
		boolean impedance = columns.has(Quantity.FREQUENCY);
		if (parsed.impedance() && !impedance) {
			throw new ParseException(lines.lineNumber(),
					"impedance technique '" + parsed.technique() + "' without a freq/Hz column");
		}
		sink.metadata(new FileMetadata(InstrumentFormat.BIOLOGIC_MPT, parsed.channel(), parsed.startTime(),
				this.assumedZone, parsed.technique(), null, parsed.comment(), parsed.sourceFileName(),
				BiologicColumns.SOURCE_UNITS, SIGN_CONVENTION));
		BiologicRows rows = new BiologicRows(columns, sink);
		Cells cells = new Cells('\t');
		Boolean decimalComma = null;
		while (lines.next()) {
			if (lines.isBlank()) {
				continue;
			}
			if (decimalComma == null) {
				decimalComma = contains(lines, (byte) ',');
			}
			if (decimalComma) {
				replace(lines, (byte) ',', (byte) '.');
			}
			cells.split(lines.buffer(), lines.start(), lines.end());
			try {
				if (impedance) {
					rows.impedance(cells::number, lines.lineNumber());
				}
				else {
					rows.row(cells::number, lines.lineNumber(), lines::latin1);
				}
			}
			catch (NumberFormatException ex) {
				throw new ParseException(lines.lineNumber(), ex.getMessage());
			}
		}
		rows.finish();
	}

	private static int headerLines(LineReader lines) throws IOException {
		String line = lines.next() ? lines.latin1().strip() : "";
		if (!line.startsWith(HEADER_LINES)) {
			throw new ParseException(2, "no '" + HEADER_LINES + " N' line");
		}
		try {
			int count = Integer.parseInt(line.substring(HEADER_LINES.length()).strip());
			if (count < 3 || count > MAX_HEADER_LINES) {
				throw new NumberFormatException();
			}
			return count;
		}
		catch (NumberFormatException ex) {
			throw new ParseException(2, "bad header line count: '" + line + "'");
		}
	}

	private static String decode(LineReader lines) {
		return new String(lines.buffer(), lines.start(), lines.end() - lines.start(), WINDOWS_1252);
	}

	private static boolean contains(LineReader lines, byte wanted) {
		byte[] b = lines.buffer();
		for (int i = lines.start(); i < lines.end(); i++) {
			if (b[i] == wanted) {
				return true;
			}
		}
		return false;
	}

	// tab-separated, so a comma in a data line can only be a decimal separator
	private static void replace(LineReader lines, byte from, byte to) {
		byte[] b = lines.buffer();
		for (int i = lines.start(); i < lines.end(); i++) {
			if (b[i] == from) {
				b[i] = to;
			}
		}
	}

}
