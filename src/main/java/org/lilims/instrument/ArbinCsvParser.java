package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Arbin CSV from Arbin's SQL store: {@code Data_Point,Test_Time,DateTime,...}, no units in the header (s, A, V, Ah,
 * Wh), charge current positive, {@code DateTime} in epoch seconds. Empty step and cycle indexes are read as 0, so the
 * cycles are derived from changes of direction ({@link CycleSummary#derived()}).
 */
final class ArbinCsvParser implements InstrumentParser {

	static final String HEADER_START = "Data_Point,Test_Time";

	static final String SIGN_CONVENTION = "current as written: positive when charging, negative when discharging;"
			+ " |I| <= " + RestCurrent.AMPERES + " A read as rest";

	private static final Pattern CHANNEL = Pattern.compile("_CH(\\d{1,4})(?:[_.]|$)");

	private final ZoneId assumedZone;

	ArbinCsvParser(ZoneId assumedZone) {
		this.assumedZone = assumedZone;
	}

	@Override
	public InstrumentFormat format() {
		return InstrumentFormat.ARBIN_CSV;
	}

	@Override
	public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
		CsvTable table = CsvTable.open(in, ',');
		int time = table.required("Test_Time");
		int current = table.required("Current");
		int voltage = table.required("Voltage");
		int dateTime = table.index("DateTime");
		int step = table.index("Step_Index");
		int cycle = table.index("Cycle_Index");
		int charge = table.index("Charge_Capacity");
		int discharge = table.index("Discharge_Capacity");
		int chargeEnergy = table.index("Charge_Energy");
		int dischargeEnergy = table.index("Discharge_Energy");
		List<Integer> normalised = List.of(time, current, voltage, step, cycle, charge, discharge);
		boolean first = true;
		while (table.next()) {
			try {
				double amperes = table.number(current);
				StepKind kind = RestCurrent.kindOf(amperes);
				LocalDateTime timestamp = EpochSeconds.toLocal(table.number(dateTime), this.assumedZone);
				if (first) {
					sink.metadata(metadata(timestamp, table, cycle, fileName));
					first = false;
				}
				double energy = (kind == StepKind.DISCHARGE) ? table.number(dischargeEnergy)
						: table.number(chargeEnergy);
				sink.row(new TimeSeriesRow(table.lineNumber(), table.number(time), table.integer(cycle, 0),
						table.integer(step, 0), kind.name(), kind, amperes, table.number(voltage),
						table.number(charge), table.number(discharge), energy, timestamp,
						table.extras(sink, normalised)));
			}
			catch (NumberFormatException ex) {
				throw table.error(ex.getMessage());
			}
		}
		if (first) {
			sink.metadata(metadata(null, table, cycle, fileName));
		}
	}


	/**
	 * The 1-based channel Arbin exports put in the file name ({@code ..._CH33.csv}), null when absent.
	 */
	static @Nullable Integer channelOf(@Nullable String fileName) {
		Matcher matcher = CHANNEL.matcher((fileName != null) ? fileName : "");
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

	private FileMetadata metadata(@Nullable LocalDateTime start, CsvTable table, int cycle, String fileName) {
		boolean cycleColumn = cycle >= 0 && !table.string(cycle).isEmpty();
		return new FileMetadata(InstrumentFormat.ARBIN_CSV, channelOf(fileName), start, this.assumedZone, null, null,
				null, null,
				Map.of("testTime", "s", "current", "A", "voltage", "V", "capacity", "Ah", "energy", "Wh", "timestamp",
						"epoch s (DateTime), shown in assumedZone", "cycle",
						cycleColumn ? "Cycle_Index" : "derived (Cycle_Index empty)"),
				SIGN_CONVENTION);
	}

}
