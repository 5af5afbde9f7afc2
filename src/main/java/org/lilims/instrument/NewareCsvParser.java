package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Neware BTS flat CSV export ({@code DataPoint,Cycle Index,Step Index,Step Type,Time,Cumulative Time,...}): one row
 * per record, durations as {@code h:mm:ss} that pass 24 h, {@code Date} in local time, current negative on
 * discharge, {@code (mO)} meaning mΩ.
 */
final class NewareCsvParser implements InstrumentParser {

	static final String HEADER_START = "DataPoint,Cycle Index,Step Index,Step Type";

	static final String SIGN_CONVENTION = "current as written: negative on discharge; direction from Step Type";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]",
			Locale.ROOT);

	private final ZoneId assumedZone;

	NewareCsvParser(ZoneId assumedZone) {
		this.assumedZone = assumedZone;
	}

	@Override
	public InstrumentFormat format() {
		return InstrumentFormat.NEWARE_CSV;
	}

	@Override
	public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
		CsvTable table = CsvTable.open(in, ',');
		int cycle = table.required("Cycle Index");
		int step = table.required("Step Index");
		int type = table.required("Step Type");
		// older exports name the test time "Total Time"
		int time = (table.index("Cumulative Time") >= 0) ? table.index("Cumulative Time")
				: table.required("Total Time");
		int current = table.required("Current(A)");
		int voltage = table.required("Voltage(V)");
		int charge = table.index("Chg. Cap.(Ah)");
		int discharge = table.index("DChg. Cap.(Ah)");
		int energy = table.index("Energy(Wh)");
		int date = table.index("Date");
		List<Integer> normalised = List.of(cycle, step, type, time, current, voltage, charge, discharge, energy,
				date);
		boolean first = true;
		while (table.next()) {
			try {
				LocalDateTime timestamp = timestamp(table.string(date));
				if (first) {
					sink.metadata(metadata(timestamp));
					first = false;
				}
				String state = table.string(type);
				StepKind kind = kindOf(state);
				sink.row(new TimeSeriesRow(table.lineNumber(), durationSeconds(table.string(time)),
						table.integer(cycle, 0), table.integer(step, 0), state, kind, table.number(current),
						table.number(voltage), table.number(charge), table.number(discharge), table.number(energy),
						timestamp, table.extras(sink, normalised)));
			}
			catch (NumberFormatException | DateTimeParseException ex) {
				throw table.error(ex.getMessage());
			}
		}
		if (first) {
			sink.metadata(metadata(null));
		}
	}

	static StepKind kindOf(String stepType) {
		String type = stepType.toLowerCase(Locale.ROOT);
		if (type.contains("dchg")) {
			return StepKind.DISCHARGE;
		}
		if (type.contains("chg")) {
			return StepKind.CHARGE;
		}
		return type.equals("rest") ? StepKind.REST : StepKind.OTHER;
	}

	/**
	 * Parses {@code h:mm:ss[.fff]} where hours may pass 24, or plain seconds.
	 * @throws NumberFormatException when the cell is neither
	 */
	static double durationSeconds(String text) {
		if (text.isEmpty()) {
			return Double.NaN;
		}
		String[] parts = text.split(":", -1);
		double seconds = 0;
		for (String part : parts) {
			if (part.isEmpty()) {
				throw new NumberFormatException("not a duration: '" + text + "'");
			}
			seconds = seconds * 60 + Double.parseDouble(part);
		}
		return seconds;
	}

	private static @Nullable LocalDateTime timestamp(String text) {
		return text.isEmpty() ? null : LocalDateTime.parse(text, DATE);
	}

	private FileMetadata metadata(@Nullable LocalDateTime start) {
		return new FileMetadata(InstrumentFormat.NEWARE_CSV, null, start, this.assumedZone, null, null, null, null,
				Map.of("testTime", "h:mm:ss", "current", "A", "voltage", "V", "capacity", "Ah",
						"energy", "Wh", "contactResistance", "mOhm ((mO))"),
				SIGN_CONVENTION);
	}

}
