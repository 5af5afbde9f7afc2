package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * MACCOR text exports: one- or three-line headers (or a key/value preamble) up to the {@code Rec#} column line, then
 * tab-separated rows (comma-separated in CSV re-saves). Units are A, V, Ah and Wh; {@code Amp-hr} and {@code Watt-hr}
 * restart at each change of direction.
 */
final class MaccorTextParser implements InstrumentParser {

	static final String SIGN_CONVENTION = "current normalised from State: C positive, D negative (MACCOR exports "
			+ "write either a signed current, negative on discharge, or its magnitude)";

	private static final int MAX_PREAMBLE_LINES = 64;

	private static final Duration DAY_ROLLOVER = Duration.ofHours(2);

	private final ZoneId assumedZone;

	MaccorTextParser(ZoneId assumedZone) {
		this.assumedZone = assumedZone;
	}

	@Override
	public InstrumentFormat format() {
		return InstrumentFormat.MACCOR_TEXT;
	}

	@Override
	public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
		LineReader lines = new LineReader(in);
		readRows(readLayout(lines), lines, fileName, sink, Long.MAX_VALUE);
	}

	/**
	 * What the header says about the rows that follow, and where they start.
	 */
	record Layout(MaccorHeader header, MaccorColumns columns, char delimiter, long dataOffset) {
	}

	static Layout readLayout(LineReader lines) throws IOException {
		StringBuilder preamble = new StringBuilder();
		while (true) {
			if (!lines.next()) {
				throw new ParseException(lines.lineNumber(), "no column header line (Rec#, Cyc#, ...) found");
			}
			String text = lines.text();
			if (isColumnHeader(text)) {
				break;
			}
			if (lines.lineNumber() >= MAX_PREAMBLE_LINES) {
				throw new ParseException(lines.lineNumber(),
						"no column header line (Rec#, Cyc#, ...) in the first " + MAX_PREAMBLE_LINES + " lines");
			}
			preamble.append(text.replace("\"", "")).append('\n');
		}
		char delimiter = (lines.text().indexOf('\t') >= 0) ? '\t' : ',';
		Cells cells = new Cells(delimiter);
		cells.split(lines.buffer(), lines.start(), lines.end());
		MaccorColumns columns = MaccorColumns.of(cells.strings());
		String missing = columns.missing();
		if (missing != null) {
			throw new ParseException(lines.lineNumber(), missing);
		}
		return new Layout(MaccorHeader.parse(preamble.toString()), columns, delimiter, lines.nextOffset());
	}

	/**
	 * Reads the rows that start before {@code endOffset} (relative to where {@code lines} started reading).
	 */
	void readRows(Layout layout, LineReader lines, String fileName, ParseSink sink, long endOffset)
			throws IOException {
		new Rows(layout.header(), layout.columns(), layout.delimiter(), fileName, sink).read(lines,
				new Cells(layout.delimiter()), endOffset);
	}

	private static boolean isColumnHeader(String line) {
		String text = line.replace("\"", "").stripLeading();
		return text.startsWith("Rec#") || (text.contains("Cyc#") && text.contains("Volts"));
	}

	/** The state of reading one file's rows. */
	private final class Rows {

		private final MaccorHeader header;

		private final MaccorColumns columns;

		private final char delimiter;

		private final String fileName;

		private final ParseSink sink;

		private final @Nullable LocalDateTime dateOfTest;

		private @Nullable LocalDate currentDate;

		private @Nullable LocalDateTime previousTimestamp;

		private boolean metadataSent;

		private final boolean wantsExtras;

		private final boolean wantsTimestamps;

		private boolean firstRowRead;

		private final int cellsNeeded;

		Rows(MaccorHeader header, MaccorColumns columns, char delimiter, String fileName, ParseSink sink) {
			this.header = header;
			this.columns = columns;
			this.delimiter = delimiter;
			this.fileName = fileName;
			this.sink = sink;
			this.wantsExtras = sink.wantsExtraColumns();
			this.wantsTimestamps = sink.wantsTimestamps();
			this.cellsNeeded = this.wantsExtras ? Integer.MAX_VALUE : columns.lastMapped() + 1;
			this.dateOfTest = header.dateOfTest();
			this.currentDate = (this.dateOfTest != null) ? this.dateOfTest.toLocalDate() : null;
		}

		void read(LineReader lines, Cells cells, long endOffset) throws IOException {
			while (lines.nextOffset() < endOffset && lines.next()) {
				if (lines.isBlank()) {
					continue;
				}
				cells.split(lines.buffer(), lines.start(), lines.end(), this.cellsNeeded);
				TimeSeriesRow row = row(lines, cells);
				this.firstRowRead = true;
				if (!this.metadataSent) {
					sendMetadata(row);
				}
				this.sink.row(row);
			}
			if (!this.metadataSent) {
				sendMetadata(null);
			}
		}

		private TimeSeriesRow row(LineReader lines, Cells cells) {
			long line = lines.lineNumber();
			MaccorColumns c = this.columns;
			String state = cells.state(c.state);
			StepKind kind = kind(state);
			double testTime = testTimeSeconds(cells, line);
			double current = number(cells, c.current, line);
			double capacity = number(cells, c.capacity, line);
			if (kind == StepKind.CHARGE) {
				current = Math.abs(current);
			}
			else if (kind == StepKind.DISCHARGE) {
				current = -Math.abs(current);
			}
			return new TimeSeriesRow(line, testTime, integer(cells, c.cycle, line), integer(cells, c.step, line), state,
					kind, current, number(cells, c.voltage, line), (kind == StepKind.CHARGE) ? capacity : Double.NaN,
					(kind == StepKind.DISCHARGE) ? capacity : Double.NaN, number(cells, c.energy, line),
					(this.wantsTimestamps || !this.firstRowRead) ? timestamp(cells, line) : null, this.wantsExtras
							? new ExtraColumns(c.extraNames, c.extraPositions, lines.latin1(), this.delimiter)
							: ExtraColumns.NONE);
		}

		private double testTimeSeconds(Cells cells, long line) {
			int index = this.columns.testTime;
			double time;
			try {
				time = switch (this.columns.testTimeUnit) {
					case SECONDS -> cells.number(index);
					case MINUTES -> cells.number(index) * 60;
					case HOURS -> cells.number(index) * 3600;
					case DURATION -> (index < cells.count())
							? MaccorTimes.durationSeconds(cells.buffer(), cells.start(index), cells.end(index))
							: Double.NaN;
				};
			}
			catch (NumberFormatException ex) {
				throw new ParseException(line, "column '" + name(index) + "': " + ex.getMessage());
			}
			if (Double.isNaN(time)) {
				throw new ParseException(line, "no test time in column '" + name(index) + "'");
			}
			return time;
		}

		private @Nullable LocalDateTime timestamp(Cells cells, long line) {
			int index = this.columns.timestamp;
			if (index < 0 || index >= cells.count()) {
				return null;
			}
			try {
				LocalDateTime timestamp = MaccorTimes.timestamp(cells.buffer(), cells.start(index), cells.end(index),
						this.currentDate);
				if (timestamp != null && isTimeOnly(cells, index)) {
					timestamp = rollOverMidnight(timestamp);
				}
				if (timestamp != null) {
					this.currentDate = timestamp.toLocalDate();
					this.previousTimestamp = timestamp;
				}
				return timestamp;
			}
			catch (NumberFormatException | DateTimeException ex) {
				throw new ParseException(line, "column '" + name(index) + "': " + ex.getMessage());
			}
		}

		// a time of day alone falls on the header's date, and on the next day once the clock wraps past midnight
		private LocalDateTime rollOverMidnight(LocalDateTime timestamp) {
			if (this.previousTimestamp != null && timestamp.isBefore(this.previousTimestamp.minus(DAY_ROLLOVER))) {
				return timestamp.plusDays(1);
			}
			return timestamp;
		}

		private boolean isTimeOnly(Cells cells, int index) {
			byte[] b = cells.buffer();
			for (int i = cells.start(index); i < cells.end(index); i++) {
				if (b[i] == '/') {
					return false;
				}
			}
			return true;
		}

		private double number(Cells cells, int index, long line) {
			try {
				return cells.number(index);
			}
			catch (NumberFormatException ex) {
				throw new ParseException(line, "column '" + name(index) + "': " + ex.getMessage());
			}
		}

		private int integer(Cells cells, int index, long line) {
			try {
				return cells.integer(index, 0);
			}
			catch (NumberFormatException ex) {
				throw new ParseException(line, "column '" + name(index) + "': " + ex.getMessage());
			}
		}

		private String name(int index) {
			return (index >= 0 && index < this.columns.names.size()) ? this.columns.names.get(index).strip()
					: "#" + (index + 1);
		}

		private void sendMetadata(@Nullable TimeSeriesRow first) {
			this.metadataSent = true;
			MaccorHeader.Procedure procedure = MaccorHeader.Procedure.of(this.header.get("Procedure"));
			this.sink.metadata(new FileMetadata(InstrumentFormat.MACCOR_TEXT, this.header.channel(this.fileName),
					startTime(first), MaccorTextParser.this.assumedZone, procedure.name(), procedure.description(),
					this.header.get("Comment/Barcode"), this.header.get("Filename"),
					Map.of("testTime", this.columns.testTimeUnit.label, "current", "A", "voltage", "V", "capacity",
							"Ah", "energy", "Wh"),
					SIGN_CONVENTION));
		}

		// the header's date and time; else the first row's time when the file starts on the header's date (an
		// excerpt starts later, and then only the date is known)
		private @Nullable LocalDateTime startTime(@Nullable TimeSeriesRow first) {
			if (this.dateOfTest != null && this.header.dateOfTestHasTime()) {
				return this.dateOfTest;
			}
			LocalDateTime firstTime = (first != null) ? first.timestamp() : null;
			if (firstTime != null && (this.dateOfTest == null
					|| firstTime.toLocalDate().equals(this.dateOfTest.toLocalDate()))) {
				return firstTime;
			}
			return this.dateOfTest;
		}

	}

	static StepKind kind(String state) {
		return switch (state) {
			case "C" -> StepKind.CHARGE;
			case "D" -> StepKind.DISCHARGE;
			case "R" -> StepKind.REST;
			default -> StepKind.OTHER;
		};
	}

}
