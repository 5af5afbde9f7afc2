package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Inficon SQC-310 deposition-controller data logs, written from manual descriptions and public scripts: <b>no real
 * log is public</b>, so every result is labelled "unverified layout". Two layouts, told apart by their markers:
 * <ol>
 * <li>per-layer blocks opening with {@code Start:   Date: MM/DD/YYYY   Time: HH:MM:SS}, then a header
 * {@code elapsed_s, phase, rate, deviation, thickness, power, ...} in s, Å/s, %, kÅ, %; the timer restarts for each
 * layer;</li>
 * <li>XGLS-QCM style: {@code Start:} with {@code Date: YYYY/MM/DD}, a header starting {@code Time,} and, after a
 * {@code Sensors:} cell, {@code Sens1Rate, Sens1Thk, Sens1Freq, ...} for up to 8 sensors (one record per sensor).</li>
 * </ol>
 * Layout 2's {@code Time} is seconds or {@code h:mm:ss}; as {@code HH:MM:SS} within an hour after the block's
 * {@code Start:} time it is read as time of day. Layer timers are offset onto one axis (by the blocks' start times, else end to end), thickness and rate are
 * converted to nm and nm/s (units from the header, else kÅ and Å/s), readings of {@code -1} (unused outputs) and
 * crystal-fail readings are skipped with a warning, unknown columns are kept. A date whose order cannot be told, and
 * data before any known header, fail naming the line.
 */
final class InficonSqcParser implements InstrumentParser {

	static final String UNVERIFIED = "unverified layout: written from descriptions, no public log";

	static final String SIGN_CONVENTION = "not applicable: rate and thickness as written by the controller "
			+ "(tooling factor and density already applied)";

	/** {@code Start:} followed by {@code Date:} (and usually {@code Time:}), with spaces, commas or quotes. */
	private static final Pattern START = Pattern.compile(
			"^[\\s\"]*Start:[\\s,\"]*Date:\\s*([^\\s,\"]+)(?:[\\s,\"]*Time:\\s*([0-9:.]+))?.*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})");

	private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	private static final Pattern SENSOR_COLUMN = Pattern.compile("sens(\\d)\\s*([a-z]+)");

	private static final Pattern LAYER_LINE = Pattern.compile("^[\\s\"]*Layer[:\\s#]*(\\d+).*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MATERIAL = Pattern.compile("(?:Film|Material)\\s*:\\s*([^,\\t\"]+)",
			Pattern.CASE_INSENSITIVE);

	private static final int MAX_SENSORS = 8;

	enum Layout {

		PER_LAYER_BLOCKS("layout 1: SQC-310 per-layer blocks (elapsed_s, phase, rate, thickness, ...)"),

		SENSOR_COLUMNS("layout 2: XGLS-QCM style (Time, Sensors:, Sens1Rate, Sens1Thk, Sens1Freq, ...)");

		final String description;

		Layout(String description) {
			this.description = description;
		}

	}

	private final ZoneId assumedZone;

	InficonSqcParser(ZoneId assumedZone) {
		this.assumedZone = assumedZone;
	}

	@Override
	public InstrumentFormat format() {
		return InstrumentFormat.INFICON_SQC310;
	}

	/**
	 * Whether the first lines hold a {@code Start: ... Date:} line followed by a header of either layout.
	 */
	static boolean sniff(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (START.matcher(lines.get(i)).matches()) {
				for (int j = i + 1; j < lines.size(); j++) {
					if (layoutOf(cells(lines.get(j))) != null) {
						return true;
					}
				}
				return false;
			}
		}
		return false;
	}

	@Override
	public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
		new Reading(sink).read(new LineReader(in));
	}

	static @Nullable Layout layoutOf(List<String> header) {
		if (header.isEmpty()) {
			return null;
		}
		String first = name(header.get(0));
		if (first.startsWith("elapsed")) {
			return Layout.PER_LAYER_BLOCKS;
		}
		if (first.equals("time")
				&& header.stream().anyMatch(cell -> SENSOR_COLUMN.matcher(name(cell)).matches())) {
			return Layout.SENSOR_COLUMNS;
		}
		return null;
	}

	static List<String> cells(String line) {
		char delimiter = (line.indexOf('\t') >= 0) ? '\t' : ',';
		List<String> cells = new ArrayList<>();
		for (String cell : line.split(Pattern.quote(String.valueOf(delimiter)), -1)) {
			cells.add(cell.replace("\"", "").trim());
		}
		return cells;
	}

	/** A header cell's name: lower case, without its unit, spaces or underscores. */
	static String name(String cell) {
		String name = cell;
		int unit = indexOfUnit(cell);
		if (unit >= 0) {
			name = cell.substring(0, unit);
		}
		return name.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "").trim();
	}

	/** The unit written in brackets after a header cell's name, or null. */
	static @Nullable String unit(String cell) {
		int start = indexOfUnit(cell);
		if (start < 0) {
			return null;
		}
		int end = cell.indexOf((cell.charAt(start) == '(') ? ')' : ']', start);
		return cell.substring(start + 1, (end > start) ? end : cell.length()).trim();
	}

	private static int indexOfUnit(String cell) {
		int paren = cell.indexOf('(');
		int bracket = cell.indexOf('[');
		if (paren < 0) {
			return bracket;
		}
		return (bracket < 0) ? paren : Math.min(paren, bracket);
	}

	/**
	 * Nanometres per source unit of thickness ({@code kÅ}, {@code Å}, {@code nm}, {@code µm}).
	 * @throws IllegalArgumentException for any other unit
	 */
	static double nanometresPer(String unit) {
		String u = unit.replace("Å", "A").replace("\u00C5", "A").replace("µ", "u").replace("\u03BC", "u").trim();
		return switch (u) {
			case "kA", "KA", "kAng" -> 100.0;
			case "A", "Ang" -> 0.1;
			case "nm" -> 1.0;
			case "um" -> 1000.0;
			default -> throw new IllegalArgumentException("unknown thickness unit '" + unit + "'");
		};
	}

	/** Nanometres per second per source unit of rate ({@code Å/s}, {@code nm/s}, {@code kÅ/s}). */
	static double nanometresPerSecondPer(String unit) {
		int slash = unit.indexOf('/');
		if (slash < 0 || !unit.substring(slash + 1).trim().equals("s")) {
			throw new IllegalArgumentException("unknown rate unit '" + unit + "'");
		}
		return nanometresPer(unit.substring(0, slash));
	}

	/**
	 * The date of a {@code Start:} line: {@code YYYY/MM/DD} (or with dashes), or {@code MM/DD/YYYY} as the SQC-310
	 * writes it; anything else, or a month above 12, is ambiguous and fails.
	 */
	static LocalDate date(String text, long lineNumber) {
		try {
			Matcher yearFirst = YEAR_FIRST.matcher(text);
			if (yearFirst.matches()) {
				return LocalDate.of(Integer.parseInt(yearFirst.group(1)), Integer.parseInt(yearFirst.group(2)),
						Integer.parseInt(yearFirst.group(3)));
			}
			Matcher yearLast = YEAR_LAST.matcher(text);
			if (yearLast.matches()) {
				int month = Integer.parseInt(yearLast.group(1));
				if (month > 12) {
					throw new ParseException(lineNumber, "ambiguous date '" + text
							+ "': the SQC-310 writes MM/DD/YYYY but " + month
							+ " is no month (day first?); re-export with MM/DD/YYYY or YYYY/MM/DD");
				}
				return LocalDate.of(Integer.parseInt(yearLast.group(3)), month, Integer.parseInt(yearLast.group(2)));
			}
		}
		catch (DateTimeException ex) {
			throw new ParseException(lineNumber, "invalid date '" + text + "': " + ex.getMessage());
		}
		throw new ParseException(lineNumber, "ambiguous date '" + text
				+ "': expected MM/DD/YYYY (layout 1) or YYYY/MM/DD (layout 2), the order of day and month cannot be told");
	}

	/** The columns of one header line. */
	private static final class Columns {

		final Layout layout;

		int time = -1;

		int phase = -1;

		int layer = -1;

		/** Per sensor (index 0 = sensor 1): rate, thickness, power, frequency, life; -1 when absent. */
		final Map<Integer, int[]> sensors = new TreeMap<>();

		final List<Integer> extras = new ArrayList<>();

		final List<String> names;

		String rateUnit = "Å/s";

		String thicknessUnit = "kÅ";

		double rateFactor;

		double thicknessFactor;

		final Map<String, String> sourceUnits;

		Columns(Layout layout, List<String> header, long lineNumber) {
			this.layout = layout;
			this.names = header;
			for (int i = 0; i < header.size(); i++) {
				String cell = header.get(i);
				String name = name(cell);
				if (i == 0) {
					this.time = i;
					continue;
				}
				if (name.isEmpty() || name.equals("sensors:")) {
					continue;
				}
				Matcher sensor = SENSOR_COLUMN.matcher(name);
				if (layout == Layout.SENSOR_COLUMNS && sensor.matches()) {
					int number = Integer.parseInt(sensor.group(1));
					int field = field(sensor.group(2));
					if (number >= 1 && number <= MAX_SENSORS && field >= 0) {
						this.sensors.computeIfAbsent(number, n -> new int[] { -1, -1, -1, -1, -1 })[field] = i;
						unit(field, cell);
						continue;
					}
				}
				else if (layout == Layout.PER_LAYER_BLOCKS && field(name) >= 0) {
					this.sensors.computeIfAbsent(1, n -> new int[] { -1, -1, -1, -1, -1 })[field(name)] = i;
					unit(field(name), cell);
					continue;
				}
				if (name.equals("phase") || name.equals("state")) {
					this.phase = i;
				}
				else if (name.equals("layer")) {
					this.layer = i;
				}
				else {
					this.extras.add(i);
				}
			}
			try {
				this.rateFactor = nanometresPerSecondPer(this.rateUnit);
				this.thicknessFactor = nanometresPer(this.thicknessUnit);
			}
			catch (IllegalArgumentException ex) {
				throw new ParseException(lineNumber, ex.getMessage());
			}
			if (this.sensors.isEmpty()) {
				throw new ParseException(lineNumber, "no rate or thickness column in the header");
			}
			Map<String, String> units = new LinkedHashMap<>();
			units.put("elapsed", "s (layer timer)");
			units.put("rate", this.rateUnit);
			units.put("thickness", this.thicknessUnit);
			units.put("power", "%");
			units.put("frequency", "Hz");
			units.put("crystalLife", "%");
			this.sourceUnits = Collections.unmodifiableMap(units);
		}

		private void unit(int field, String cell) {
			String unit = InficonSqcParser.unit(cell);
			if (unit != null && field == 0) {
				this.rateUnit = unit;
			}
			else if (unit != null && field == 1) {
				this.thicknessUnit = unit;
			}
		}

		private static int field(String name) {
			return switch (name) {
				case "rate" -> 0;
				case "thk", "thickness" -> 1;
				case "power", "pwr" -> 2;
				case "freq", "frequency", "crystalfreq", "xtalfreq" -> 3;
				case "life", "crystallife", "xtallife" -> 4;
				default -> -1;
			};
		}

	}

	/** The state of one pass over a file. */
	private final class Reading {

		private final ParseSink sink;

		private @Nullable Columns columns;

		private @Nullable LocalDateTime firstStart;

		private @Nullable LocalDateTime blockStart;

		private long startLine;

		private boolean yearFirstDate;

		private boolean metadataSent;

		private boolean newBlock;

		/** Whether this block's {@code Time} cells are times of day (layout 2), null until its first reading. */
		private @Nullable Boolean clockTime;

		private int blocks;

		private int layer;

		private @Nullable String material;

		private @Nullable String layerCell;

		private double offset;

		private double axisEnd = Double.NaN;

		private double layerFirstRaw = Double.NaN;

		private double lastRaw = Double.NaN;

		Reading(ParseSink sink) {
			this.sink = sink;
		}

		void read(LineReader lines) throws IOException {
			while (lines.next()) {
				if (lines.isBlank()) {
					continue;
				}
				long lineNumber = lines.lineNumber();
				String line = lines.text();
				Matcher start = START.matcher(line);
				if (start.matches()) {
					start(start, lineNumber);
					continue;
				}
				List<String> cells = cells(line);
				Layout layout = layoutOf(cells);
				if (layout != null) {
					if (!this.yearFirstDate && this.blockStart != null && layout == Layout.SENSOR_COLUMNS) {
						throw new ParseException(this.startLine, "ambiguous date: layout 2 writes YYYY/MM/DD, "
								+ "this Start: line has the year last");
					}
					this.columns = new Columns(layout, cells, lineNumber);
					continue;
				}
				if (!isNumber(cells.get(0))) {
					context(line, lineNumber);
					continue;
				}
				Columns c = this.columns;
				if (c == null) {
					throw new ParseException(lineNumber, "unknown layout (" + UNVERIFIED
							+ "): data before any 'elapsed_s,...' or 'Time,...,Sens1Rate,...' header");
				}
				data(c, cells, line, lineNumber);
			}
			if (!this.metadataSent) {
				if (this.blocks == 0 && this.columns == null) {
					throw new ParseException(Math.max(1, lines.lineNumber()),
							"unknown layout (" + UNVERIFIED + "): no 'Start:   Date: ...' line");
				}
				metadata(this.columns);
			}
		}

		private void start(Matcher start, long lineNumber) {
			LocalDate date = date(start.group(1), lineNumber);
			this.yearFirstDate = YEAR_FIRST.matcher(start.group(1)).matches();
			LocalTime time = LocalTime.MIDNIGHT;
			if (start.group(2) != null) {
				try {
					time = LocalTime.parse(start.group(2).length() == 7 ? "0" + start.group(2) : start.group(2));
				}
				catch (DateTimeException ex) {
					throw new ParseException(lineNumber, "invalid time '" + start.group(2) + "'");
				}
			}
			this.blockStart = date.atTime(time);
			if (this.firstStart == null) {
				this.firstStart = this.blockStart;
			}
			this.startLine = lineNumber;
			this.blocks++;
			this.layer = Math.max(this.layer + 1, this.blocks);
			this.newBlock = true;
			this.clockTime = null;
			this.material = null;
		}

		// lines between the Start: line and the header (layer, material) or after the data (Stop Log)
		private void context(String line, long lineNumber) {
			Matcher layerLine = LAYER_LINE.matcher(line);
			if (this.blocks > 0 && layerLine.matches()) {
				this.layer = Integer.parseInt(layerLine.group(1));
			}
			Matcher material = MATERIAL.matcher(line);
			if (this.blocks > 0 && material.find()) {
				this.material = material.group(1).trim();
			}
			if (this.columns != null && !layerLine.matches() && !material.find(0)) {
				this.sink.warning(lineNumber, "line " + lineNumber + " ignored: '" + abbreviate(line) + "'");
			}
		}

		private void data(Columns c, List<String> cells, String line, long lineNumber) {
			double raw;
			try {
				raw = NewareCsvParser.durationSeconds(cells.get(0));
			}
			catch (NumberFormatException ex) {
				throw new ParseException(lineNumber, "not a time: '" + cells.get(0) + "'");
			}
			raw = fromClock(c, cells.get(0), raw, lineNumber);
			if (!this.metadataSent) {
				metadata(c);
			}
			String phase = cell(cells, c.phase);
			String lower = line.toLowerCase(Locale.ROOT);
			if ((phase != null && phase.toLowerCase(Locale.ROOT).contains("fail")) || lower.contains("xtal fail")
					|| lower.contains("crystal fail")) {
				this.sink.warning(lineNumber, "line " + lineNumber + ": crystal fail, reading skipped");
				return;
			}
			String layerCell = cell(cells, c.layer);
			placeOnAxis(raw, layerCell, lineNumber);
			double elapsed = this.offset + raw;
			double layerElapsed = raw - this.layerFirstRaw;
			this.lastRaw = raw;
			this.axisEnd = Double.isNaN(this.axisEnd) ? elapsed : Math.max(this.axisEnd, elapsed);
			Map<String, String> extras = new LinkedHashMap<>();
			if (this.material != null) {
				extras.put("material", this.material);
			}
			for (int i : c.extras) {
				String value = cell(cells, i);
				if (value != null) {
					extras.put(c.names.get(i), value);
				}
			}
			Map<String, String> kept = Collections.unmodifiableMap(extras);
			for (Map.Entry<Integer, int[]> sensor : c.sensors.entrySet()) {
				int[] f = sensor.getValue();
				try {
					double rate = number(cells, f[0]);
					double thickness = number(cells, f[1]);
					if (rate == -1 || thickness == -1) {
						this.sink.warning(lineNumber, "line " + lineNumber + ": sensor " + sensor.getKey()
								+ " output unused (-1), reading skipped");
						continue;
					}
					this.sink.deposition(new DepositionRecord(lineNumber, elapsed, this.layer, layerElapsed,
							sensor.getKey(), phase, rate * c.rateFactor, thickness * c.thicknessFactor,
							number(cells, f[2]), number(cells, f[3]), number(cells, f[4]), c.sourceUnits, kept));
				}
				catch (NumberFormatException ex) {
					this.sink.warning(lineNumber, "line " + lineNumber + ": sensor " + sensor.getKey()
							+ " not a number (" + ex.getMessage() + "), reading skipped");
				}
			}
		}

		// layout 2 may log the time of day: a block whose first HH:MM:SS lies within an hour after its Start: time
		// is read as time of day (seconds since that Start:, past midnight too), else as a duration; a first value
		// that fits both (a Start: shortly before midnight) is ambiguous
		private double fromClock(Columns c, String cell, double seconds, long lineNumber) {
			LocalDateTime blockStart = this.blockStart;
			if (c.layout != Layout.SENSOR_COLUMNS || cell.indexOf(':') < 0 || blockStart == null) {
				return seconds;
			}
			double sinceStart = seconds - blockStart.toLocalTime().toSecondOfDay();
			if (sinceStart < 0) {
				sinceStart += 86_400;
			}
			if (this.clockTime == null) {
				boolean clock = sinceStart <= 3600;
				if (clock && seconds <= 3600) {
					throw new ParseException(lineNumber, "ambiguous Time '" + cell + "': within an hour of the Start: "
							+ "time of day and of zero, it may be either a time of day or a duration");
				}
				this.clockTime = clock;
			}
			return this.clockTime ? sinceStart : seconds;
		}

		// a new block, a new layer number or a timer that went back starts a layer placed after the previous one
		private void placeOnAxis(double raw, @Nullable String layerCell, long lineNumber) {
			boolean newLayer = this.newBlock;
			if (layerCell != null && !layerCell.equals(this.layerCell)) {
				if (this.layerCell != null) {
					newLayer = true;
				}
				this.layerCell = layerCell;
				try {
					this.layer = Integer.parseInt(layerCell);
				}
				catch (NumberFormatException ex) {
					this.layer++;
				}
			}
			boolean restarted = !Double.isNaN(this.lastRaw) && raw < this.lastRaw;
			if (this.newBlock) {
				this.newBlock = false;
				double end = Double.isNaN(this.axisEnd) ? 0 : this.axisEnd;
				double byClock = (this.firstStart != null && this.blockStart != null)
						? Duration.between(this.firstStart, this.blockStart).toMillis() / 1000.0 : Double.NaN;
				if (Double.isNaN(byClock)) {
					this.offset = end;
				}
				else if (byClock + raw < end) {
					this.sink.warning(lineNumber, "line " + lineNumber + ": layer " + this.layer
							+ " starts before the previous layer ends by its Start: time; placed after it");
					this.offset = end - raw;
				}
				else {
					this.offset = byClock;
				}
			}
			else if (restarted) {
				if (!newLayer) {
					this.sink.warning(lineNumber, "line " + lineNumber + ": timer went back without a new layer; "
							+ "continued after the previous reading");
				}
				this.offset = this.axisEnd - raw;
			}
			if (newLayer || Double.isNaN(this.layerFirstRaw)) {
				this.layerFirstRaw = raw;
			}
		}

		private void metadata(@Nullable Columns c) {
			this.metadataSent = true;
			this.sink.metadata(new FileMetadata(InstrumentFormat.INFICON_SQC310, null, this.firstStart,
					InficonSqcParser.this.assumedZone, (c != null) ? c.layout.description : null, null, UNVERIFIED,
					null, (c != null) ? c.sourceUnits : Map.of(), SIGN_CONVENTION));
		}

	}

	private static @Nullable String cell(List<String> cells, int index) {
		if (index < 0 || index >= cells.size() || cells.get(index).isEmpty()) {
			return null;
		}
		return cells.get(index);
	}

	private static double number(List<String> cells, int index) {
		String cell = cell(cells, index);
		return (cell != null) ? Double.parseDouble(cell) : Double.NaN;
	}

	private static boolean isNumber(String cell) {
		if (cell.isEmpty()) {
			return false;
		}
		char c = cell.charAt(0);
		return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
	}

	private static String abbreviate(String line) {
		return (line.length() > 80) ? line.substring(0, 80) + "..." : line;
	}

}
