package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Neware BTS hierarchical export (cycle / step / record layers), comma-separated or tab-separated text. Three header
 * lines name the columns of cycle rows ({@code Cycle ID,Cap_Chg(mAh),...}), step rows ({@code ,Step ID,Step Name,...})
 * and record rows ({@code ,,Record ID,Time(h:min:s.ms),Voltage(V),Current(mA),...}); a data row is a cycle, step or
 * record row by its indent, the number of empty cells before its first value, which matches its header's (the text
 * report doubles them). Record rows become time-series rows that carry the cycle and step of the rows above them.
 * <p>
 * Record columns are read by name, with the unit in brackets converted (mA, mV, mAh, mWh...). The record time is the
 * step time, {@code h:mm:ss[.fff]} with hours past 24, or wrapping at 24 h (a time more than 12 h below the one before
 * in the same step adds a day); test time adds up the steps. Capacity is {@code Capacitance_Chg}/{@code _DChg} when
 * present, else {@code Capacity} by the direction of the step; current is signed by the step name. Cells may carry a
 * leading tab (written so that spreadsheets keep them as text). Layout from public readers' descriptions (BEEP's
 * Neware reader, BTS-report scripts); no real export is in the fixture set.
 */
final class NewareHierarchicalCsvParser implements InstrumentParser {

	static final String SIGN_CONVENTION = "current normalised from the step name: *Chg positive, *DChg negative, "
			+ "others as written";

	private static final Set<String> CYCLE_IDS = Set.of("cycle id", "cycleid", "cycle index");

	private static final Set<String> STEP_IDS = Set.of("step id", "stepid", "step index");

	private static final Set<String> RECORD_IDS = Set.of("record id", "recordid", "record index");

	private static final double DAY_SECONDS = 86_400;

	private static final DateTimeFormatter REALTIME = new DateTimeFormatterBuilder()
		.appendPattern("[yyyy-MM-dd][yyyy/M/d] H:mm:ss")
		.optionalStart()
		.appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
		.optionalEnd()
		.toFormatter(Locale.ROOT);

	private final ZoneId assumedZone;

	NewareHierarchicalCsvParser(ZoneId assumedZone) {
		this.assumedZone = assumedZone;
	}

	@Override
	public InstrumentFormat format() {
		return InstrumentFormat.NEWARE_HIERARCHICAL_CSV;
	}

	/**
	 * Whether the first three lines are a cycle, a step and a record header, each indented more than the one before.
	 */
	static boolean sniff(List<String> lines) {
		if (lines.size() < 3) {
			return false;
		}
		char delimiter = delimiterOf(lines.get(0));
		Header cycle = Header.of(split(lines.get(0), delimiter));
		Header step = Header.of(split(lines.get(1), delimiter));
		Header record = Header.of(split(lines.get(2), delimiter));
		return cycle.indent() == 0 && cycle.startsWithOneOf(CYCLE_IDS) && step.indent() > 0
				&& step.startsWithOneOf(STEP_IDS) && record.indent() > step.indent()
				&& record.startsWithOneOf(RECORD_IDS);
	}

	// a comma file may hold a tab at the start of its cells, a tab file holds no commas in its headers
	static char delimiterOf(String firstLine) {
		long commas = firstLine.chars().filter(c -> c == ',').count();
		long tabs = firstLine.chars().filter(c -> c == '\t').count();
		return (commas > 0 && commas >= tabs) ? ',' : '\t';
	}

	private static List<String> split(String line, char delimiter) {
		return Arrays.stream(line.split(String.valueOf(delimiter), -1)).map(NewareHierarchicalCsvParser::clean).toList();
	}

	private static String clean(String cell) {
		return cell.strip().replace("\"", "");
	}

	@Override
	public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
		LineReader lines = new LineReader(in);
		String first = nextLine(lines, "no cycle header line");
		char delimiter = delimiterOf(first);
		Header cycle = header(split(first, delimiter), CYCLE_IDS, 1, "a cycle header starting with Cycle ID");
		Header step = header(split(nextLine(lines, "no step header line"), delimiter), STEP_IDS, 2,
				"a step header (Step ID) indented more than the cycle header");
		Header record = header(split(nextLine(lines, "no record header line"), delimiter), RECORD_IDS, 3,
				"a record header (Record ID) indented more than the step header");
		if (step.indent() <= cycle.indent() || record.indent() <= step.indent()) {
			throw new ParseException(3, "headers indented by " + cycle.indent() + ", " + step.indent() + " and "
					+ record.indent() + " empty cells: each must be indented more than the one before");
		}
		new Reading(lines, delimiter, cycle, step, new RecordColumns(record), sink).read();
	}

	private static String nextLine(LineReader lines, String missing) throws IOException {
		while (lines.next()) {
			if (!lines.isBlank()) {
				return lines.text();
			}
		}
		throw new ParseException(lines.lineNumber() + 1, missing);
	}

	private static Header header(List<String> cells, Set<String> ids, long line, String expected) {
		Header header = Header.of(cells);
		if (!header.startsWithOneOf(ids)) {
			throw new ParseException(line, "expected " + expected + ", found '" + String.join(",", cells) + "'");
		}
		return header;
	}

	/**
	 * A header line: its cells, trimmed, and the number of empty cells before the first name.
	 */
	record Header(List<String> names, int indent) {

		static Header of(List<String> cells) {
			int indent = 0;
			while (indent < cells.size() && cells.get(indent).isEmpty()) {
				indent++;
			}
			return new Header(cells, indent);
		}

		boolean startsWithOneOf(Set<String> ids) {
			return this.indent < this.names.size() && ids.contains(this.names.get(this.indent).toLowerCase(Locale.ROOT));
		}

		/** The position of the first column whose name without unit is one of {@code bases}, -1 if none. */
		int position(String... bases) {
			for (int i = 0; i < this.names.size(); i++) {
				String base = baseName(this.names.get(i));
				for (String candidate : bases) {
					if (base.equalsIgnoreCase(candidate)) {
						return i;
					}
				}
			}
			return -1;
		}

		String unit(int position) {
			String name = this.names.get(position);
			int open = name.lastIndexOf('(');
			return (open < 0 || !name.endsWith(")")) ? "" : name.substring(open + 1, name.length() - 1).strip();
		}

		private static String baseName(String name) {
			int open = name.lastIndexOf('(');
			return ((open < 0) ? name : name.substring(0, open)).strip();
		}

	}

	/** The record columns read, each with its factor to A, V, Ah or Wh. */
	private static final class RecordColumns {

		private final Header header;

		final int time;

		final int voltage;

		final double voltageFactor;

		final int current;

		final double currentFactor;

		final int capacity;

		final int chargeCapacity;

		final int dischargeCapacity;

		final int energy;

		final int chargeEnergy;

		final int dischargeEnergy;

		final int realtime;

		final List<String> extraNames = new ArrayList<>();

		final int[] extraPositions;

		private final double[] factors;

		RecordColumns(Header header) {
			this.header = header;
			this.factors = new double[header.names().size()];
			this.time = required("Time", "Step Time", "Relative Time");
			this.voltage = required("Voltage", "Vol");
			this.voltageFactor = factor(this.voltage, "V");
			this.current = required("Current", "Cur");
			this.currentFactor = factor(this.current, "A");
			this.capacity = optional("Ah", "Capacity", "Cap");
			this.chargeCapacity = optional("Ah", "Capacitance_Chg", "Cap_Chg", "Chg. Cap.");
			this.dischargeCapacity = optional("Ah", "Capacitance_DChg", "Cap_DChg", "DChg. Cap.");
			this.energy = optional("Wh", "Energy");
			this.chargeEnergy = optional("Wh", "Engy_Chg");
			this.dischargeEnergy = optional("Wh", "Engy_DChg");
			this.realtime = header.position("Realtime", "Absolute Time", "Date");
			List<Integer> read = List.of(this.time, this.voltage, this.current, this.capacity, this.chargeCapacity,
					this.dischargeCapacity, this.energy, this.chargeEnergy, this.dischargeEnergy, this.realtime);
			List<Integer> positions = new ArrayList<>();
			for (int i = header.indent(); i < header.names().size(); i++) {
				if (!read.contains(i) && !header.names().get(i).isEmpty()) {
					this.extraNames.add(header.names().get(i));
					positions.add(i);
				}
			}
			this.extraPositions = positions.stream().mapToInt(Integer::intValue).toArray();
		}

		private int required(String... bases) {
			int position = this.header.position(bases);
			if (position < 0) {
				throw new ParseException(3, "record header has no " + bases[0] + " column");
			}
			return position;
		}

		private int optional(String baseUnit, String... bases) {
			int position = this.header.position(bases);
			if (position >= 0) {
				this.factors[position] = factor(position, baseUnit);
			}
			return position;
		}

		/** The factor from the column's unit to {@code baseUnit}: 1, or 1e-3 for m, 1e-6 for u or µ. */
		private double factor(int position, String baseUnit) {
			String unit = this.header.unit(position);
			if (unit.equals(baseUnit)) {
				return 1;
			}
			if (unit.length() == baseUnit.length() + 1 && unit.endsWith(baseUnit)) {
				double prefix = switch (unit.charAt(0)) {
					case 'm' -> 1e-3;
					case 'u', '\u00B5' -> 1e-6;
					default -> Double.NaN;
				};
				if (!Double.isNaN(prefix)) {
					return prefix;
				}
			}
			throw new ParseException(3, "unit '" + unit + "' of column '" + this.header.names().get(position)
					+ "' is not " + baseUnit + ", m" + baseUnit + " or u" + baseUnit);
		}

		double scaled(Cells cells, int position) {
			return (position < 0) ? Double.NaN : cells.number(position) * this.factors[position];
		}

	}

	/** The state carried from row to row: the enclosing cycle and step, the step-time bookkeeping, metadata sent. */
	private final class Reading {

		private final LineReader lines;

		private final char delimiter;

		private final Cells cells;

		private final Header cycleHeader;

		private final Header stepHeader;

		private final int stepName;

		private final RecordColumns columns;

		private final ParseSink sink;

		private final boolean wantsExtras;

		private final StepTimeOffset clock = new StepTimeOffset();

		private @Nullable Integer cycle;

		private @Nullable Integer step;

		private String state = "";

		private StepKind kind = StepKind.OTHER;

		private int stepRows;

		private double lastStepSeconds = Double.NaN;

		private int days;

		private boolean metadataSent;

		Reading(LineReader lines, char delimiter, Header cycleHeader, Header stepHeader, RecordColumns columns,
				ParseSink sink) {
			this.lines = lines;
			this.delimiter = delimiter;
			this.cells = new Cells(delimiter);
			this.cycleHeader = cycleHeader;
			this.stepHeader = stepHeader;
			this.stepName = stepHeader.position("Step Name", "Step Type", "Step Mode");
			if (this.stepName < 0) {
				throw new ParseException(2, "step header has no Step Name column");
			}
			this.columns = columns;
			this.sink = sink;
			this.wantsExtras = sink.wantsExtraColumns();
		}

		void read() throws IOException {
			while (this.lines.next()) {
				if (this.lines.isBlank()) {
					continue;
				}
				this.cells.split(this.lines.buffer(), this.lines.start(), this.lines.end());
				int indent = indent();
				try {
					if (indent < 0) {
						continue;
					}
					if (indent == this.cycleHeader.indent()) {
						this.cycle = this.cells.integer(indent, 0);
					}
					else if (indent == this.stepHeader.indent()) {
						startStep(indent);
					}
					else if (indent == this.columns.header.indent()) {
						record();
					}
					else {
						throw error("indented by " + indent + " empty cells; cycle, step and record rows are "
								+ "indented by " + this.cycleHeader.indent() + ", " + this.stepHeader.indent()
								+ " and " + this.columns.header.indent());
					}
				}
				catch (NumberFormatException | DateTimeParseException ex) {
					throw error(ex.getMessage());
				}
			}
			if (!this.metadataSent) {
				this.sink.metadata(metadata(null));
			}
		}

		private int indent() {
			for (int i = 0; i < this.cells.count(); i++) {
				if (!this.cells.string(i).isEmpty()) {
					return i;
				}
			}
			return -1;
		}

		private void startStep(int indent) {
			if (this.cycle == null) {
				throw error("step row before any cycle row");
			}
			this.step = this.cells.integer(indent, 0);
			this.state = this.cells.string(this.stepName);
			this.kind = NewareCsvParser.kindOf(this.state);
			this.stepRows++;
			this.lastStepSeconds = Double.NaN;
			this.days = 0;
		}

		private void record() {
			if (this.cycle == null || this.step == null) {
				throw error("record row before any " + ((this.cycle == null) ? "cycle" : "step") + " row");
			}
			RecordColumns c = this.columns;
			double stepSeconds = stepSeconds(NewareCsvParser.durationSeconds(this.cells.string(c.time)));
			LocalDateTime timestamp = (c.realtime < 0 || this.cells.string(c.realtime).isEmpty()) ? null
					: LocalDateTime.parse(this.cells.string(c.realtime), REALTIME);
			if (!this.metadataSent) {
				this.sink.metadata(metadata(timestamp));
				this.metadataSent = true;
			}
			double charge = c.scaled(this.cells, c.chargeCapacity);
			double discharge = c.scaled(this.cells, c.dischargeCapacity);
			if (c.chargeCapacity < 0 && c.dischargeCapacity < 0) {
				double capacity = c.scaled(this.cells, c.capacity);
				charge = (this.kind == StepKind.CHARGE) ? capacity : Double.NaN;
				discharge = (this.kind == StepKind.DISCHARGE) ? capacity : Double.NaN;
			}
			double energy = (c.energy >= 0) ? c.scaled(this.cells, c.energy) : NewareNdaParser.energyOf(this.kind,
					c.scaled(this.cells, c.chargeEnergy), c.scaled(this.cells, c.dischargeEnergy));
			this.sink.row(new TimeSeriesRow(this.lines.lineNumber(),
					this.clock.testTimeSeconds(this.stepRows, stepSeconds), this.cycle, this.step, this.state,
					this.kind,
					NewareNdaParser.signed(this.cells.number(c.current) * c.currentFactor, this.kind),
					this.cells.number(c.voltage) * c.voltageFactor, charge, discharge, energy, timestamp,
					this.wantsExtras ? new ExtraColumns(c.extraNames, c.extraPositions, this.lines.latin1(),
							this.delimiter) : ExtraColumns.NONE));
		}

		// a step time written as a time of day wraps at 24 h: a fall of more than half a day is a new day
		private double stepSeconds(double written) {
			if (written < this.lastStepSeconds - DAY_SECONDS / 2) {
				this.days++;
			}
			this.lastStepSeconds = written;
			return written + this.days * DAY_SECONDS;
		}

		private ParseException error(String reason) {
			return new ParseException(this.lines.lineNumber(), reason);
		}

		private FileMetadata metadata(@Nullable LocalDateTime start) {
			RecordColumns c = this.columns;
			return new FileMetadata(InstrumentFormat.NEWARE_HIERARCHICAL_CSV, null, start,
					NewareHierarchicalCsvParser.this.assumedZone, null, null, null, null,
					Map.of("testTime", "step time h:mm:ss (" + c.header.names().get(c.time) + "), summed over steps",
							"current", c.header.unit(c.current), "voltage", c.header.unit(c.voltage), "timestamp",
							"Realtime, local", "cycle", "Cycle ID of the cycle row above", "step",
							"Step ID of the step row above"),
					SIGN_CONVENTION);
		}

	}

}
