package org.lilims.instrument;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.Map;

/**
 * Plain impedance CSV (no standard), laid out as {@link EisCsvLayout} finds. A new spectrum starts where the
 * frequency turns back against the sweep's direction. The points keep the file's order.
 */
final class EisCsvParser implements InstrumentParser {

	private final ZoneId assumedZone;

	EisCsvParser(ZoneId assumedZone) {
		this.assumedZone = assumedZone;
	}

	@Override
	public InstrumentFormat format() {
		return InstrumentFormat.EIS_CSV;
	}

	@Override
	public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(in, FormatDetector.SNIFF_BYTES);
		buffered.mark(FormatDetector.SNIFF_BYTES);
		byte[] head = buffered.readNBytes(FormatDetector.SNIFF_BYTES);
		buffered.reset();
		EisCsvLayout layout = EisCsvLayout.sniff(FormatDetector.completeLines(head))
			.orElseThrow(() -> new ParseException(1, "not an impedance CSV: no frequency and impedance columns"));
		sink.metadata(new FileMetadata(InstrumentFormat.EIS_CSV, null, null, this.assumedZone, null, null, null,
				null, Map.of("frequency", "Hz", "impedance", "Ohm", "phase", "deg", "separator",
						layout.separatorName(), "decimal", layout.decimalComma() ? "comma" : "point"),
				"impedance: " + String.join("; ", layout.describe())));
		LineReader lines = new LineReader(buffered);
		if (layout.header() && !lines.next()) {
			return;
		}
		int spectrum = 1;
		int direction = 0;
		double previous = Double.NaN;
		while (lines.next()) {
			if (lines.isBlank()) {
				continue;
			}
			String[] cells = EisCsvLayout.split(lines.text(), layout.separator());
			try {
				double f = layout.number(cells[layout.frequency()]);
				if (!Double.isNaN(previous)) {
					int step = Double.compare(f, previous);
					if (direction == 0) {
						direction = step;
					}
					else if (step != direction) {
						spectrum++;
						direction = 0;
					}
				}
				previous = f;
				sink.impedance(point(layout, cells, spectrum, f));
			}
			catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
				throw new ParseException(lines.lineNumber(),
						"not a point of frequency and impedance: " + ex.getMessage());
			}
		}
	}

	private static ImpedancePoint point(EisCsvLayout layout, String[] cells, int spectrum, double f) {
		double re;
		double im;
		double magnitude;
		double phase;
		if (layout.real() >= 0) {
			re = layout.number(cells[layout.real()]);
			im = layout.number(cells[layout.imaginary()]);
			if (layout.imaginaryNegated()) {
				im = -im;
			}
			magnitude = Math.hypot(re, im);
			phase = Math.toDegrees(Math.atan2(im, re));
		}
		else {
			magnitude = layout.number(cells[layout.magnitude()]);
			phase = layout.number(cells[layout.phase()]);
			if (layout.phaseNegated()) {
				phase = -phase;
			}
			re = magnitude * Math.cos(Math.toRadians(phase));
			im = magnitude * Math.sin(Math.toRadians(phase));
		}
		return new ImpedancePoint(spectrum, f, re, im, magnitude, phase, Double.NaN);
	}

}
