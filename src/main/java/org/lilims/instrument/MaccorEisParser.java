package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * MACCOR AC impedance (FRA) exports: a preamble of about eight lines and a parameter line, then tab-separated points.
 * {@code Z'(a)} is Re(Z) and {@code Z''(b)} the signed Im(Z); {@code Polar(V)} holds ω = 2πf, not a voltage.
 */
final class MaccorEisParser implements InstrumentParser {

	static final String TITLE = "MACCOR, INC.";

	static final String SIGN_CONVENTION = "impedance: Z''(b) read as signed Im(Z), negative when capacitive";

	private static final int MAX_PREAMBLE_LINES = 64;

	private final ZoneId assumedZone;

	MaccorEisParser(ZoneId assumedZone) {
		this.assumedZone = assumedZone;
	}

	@Override
	public InstrumentFormat format() {
		return InstrumentFormat.MACCOR_EIS;
	}

	@Override
	public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
		LineReader lines = new LineReader(in);
		List<String> preamble = new ArrayList<>();
		while (true) {
			if (!lines.next()) {
				throw new ParseException(lines.lineNumber(), "no column header line (Freq(Hz), ...) found");
			}
			String text = lines.text();
			if (preamble.isEmpty() && !text.stripLeading().startsWith(TITLE)) {
				throw new ParseException(1, "not a MACCOR impedance file: no '" + TITLE + "' title");
			}
			if (text.stripLeading().startsWith("Freq(Hz)")) {
				break;
			}
			if (lines.lineNumber() >= MAX_PREAMBLE_LINES) {
				throw new ParseException(lines.lineNumber(), "no column header line (Freq(Hz), ...) found");
			}
			preamble.add(text);
		}
		Cells cells = new Cells('\t');
		cells.split(lines.buffer(), lines.start(), lines.end());
		List<String> names = cells.strings();
		int frequency = required(names, "Freq(Hz)", lines);
		int real = required(names, "Z'(a)", lines);
		int imaginary = required(names, "Z''(b)", lines);
		int phase = names.indexOf("Phase_Angle");
		int magnitude = names.indexOf("Z-Mag");
		int time = names.indexOf("time(sec)");
		sink.metadata(metadata(preamble, fileName));
		int spectrum = 1;
		double previousFrequency = Double.NaN;
		while (lines.next()) {
			if (lines.isBlank()) {
				continue;
			}
			cells.split(lines.buffer(), lines.start(), lines.end());
			try {
				double f = cells.number(frequency);
				double re = cells.number(real);
				double im = cells.number(imaginary);
				if (Double.isNaN(f) || Double.isNaN(re) || Double.isNaN(im)) {
					throw new NumberFormatException("frequency, Z'(a) or Z''(b) missing");
				}
				if (f > previousFrequency) {
					spectrum += (Double.isNaN(previousFrequency)) ? 0 : 1;
				}
				previousFrequency = f;
				double mag = cells.number(magnitude);
				double phi = cells.number(phase);
				sink.impedance(new ImpedancePoint(spectrum, f, re, im, Double.isNaN(mag) ? Math.hypot(re, im) : mag,
						Double.isNaN(phi) ? Math.toDegrees(Math.atan2(im, re)) : phi, cells.number(time)));
			}
			catch (NumberFormatException ex) {
				throw new ParseException(lines.lineNumber(), ex.getMessage());
			}
		}
	}

	private static int required(List<String> names, String name, LineReader lines) {
		int index = names.indexOf(name);
		if (index < 0) {
			throw new ParseException(lines.lineNumber(), "no column '" + name + "'");
		}
		return index;
	}

	private FileMetadata metadata(List<String> preamble, String fileName) {
		MaccorHeader header = MaccorHeader.parse(String.join("\n", preamble));
		String recordedName = (preamble.size() > 3) ? preamble.get(3).strip() : null;
		Integer channel = MaccorHeader.channelOf(fileName);
		if (channel == null) {
			channel = MaccorHeader.channelOf(recordedName);
		}
		MaccorHeader.Procedure procedure = MaccorHeader.Procedure
			.of((preamble.size() > 2) ? preamble.get(2).strip() : null);
		return new FileMetadata(InstrumentFormat.MACCOR_EIS, channel, start(header), this.assumedZone,
				procedure.name(), procedure.description(), null, recordedName, Map.of("frequency", "Hz", "impedance", "Ohm", "phase", "deg"),
				SIGN_CONVENTION);
	}

	private static @Nullable LocalDateTime start(MaccorHeader header) {
		LocalDateTime date = MaccorTimes.headerDate(header.get("Start Date"));
		String time = header.get("Start Time");
		if (date == null || time == null) {
			return date;
		}
		try {
			return date.toLocalDate().atTime(LocalTime.parse(time.strip().length() == 4 ? "0" + time.strip()
					: time.strip()));
		}
		catch (DateTimeParseException ex) {
			return date;
		}
	}

}
