package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Battery Data Format CSV: {@code Quantity / unit} headers, units converted (time may be in hours). Current is
 * positive in {@code discharge} rows, so its sign is taken from {@code Step Type}: negative on discharge.
 */
final class BdfCsvParser implements InstrumentParser {

	static final String SIGN_CONVENTION = "current direction from Step Type: |I| on charge, -|I| on discharge,"
			+ " as written otherwise (the file writes discharge current positive)";

	private final ZoneId assumedZone;

	BdfCsvParser(ZoneId assumedZone) {
		this.assumedZone = assumedZone;
	}

	@Override
	public InstrumentFormat format() {
		return InstrumentFormat.BDF_CSV;
	}

	@Override
	public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
		CsvTable table = CsvTable.open(in, ',');
		List<String> names = table.names();
		BdfColumn time = required(BdfColumn.find(names, "Test Time"), "Test Time");
		BdfColumn current = required(BdfColumn.find(names, "Current"), "Current");
		BdfColumn voltage = required(BdfColumn.find(names, "Voltage"), "Voltage");
		BdfColumn cycle = BdfColumn.find(names, "Cycle Count", "Cycle Index");
		BdfColumn step = BdfColumn.find(names, "Step Index", "Step Count");
		BdfColumn type = BdfColumn.find(names, "Step Type");
		BdfColumn charge = BdfColumn.find(names, "Charge Capacity");
		BdfColumn discharge = BdfColumn.find(names, "Discharge Capacity");
		BdfColumn energy = BdfColumn.find(names, "Net Energy", "Energy");
		BdfColumn unixTime = BdfColumn.find(names, "Unix Time");
		sink.metadata(metadata(time, current, voltage, charge));
		List<Integer> normalised = List.of(time.index(), current.index(), voltage.index(), BdfColumn.indexOf(cycle),
				BdfColumn.indexOf(step), BdfColumn.indexOf(type), BdfColumn.indexOf(charge),
				BdfColumn.indexOf(discharge), BdfColumn.indexOf(energy), BdfColumn.indexOf(unixTime));
		while (table.next()) {
			try {
				String state = table.string(BdfColumn.indexOf(type));
				StepKind kind = kindOf(state);
				double amperes = BdfColumn.value(current, table);
				if (kind == StepKind.DISCHARGE) {
					amperes = -Math.abs(amperes);
				}
				else if (kind == StepKind.CHARGE) {
					amperes = Math.abs(amperes);
				}
				LocalDateTime timestamp = EpochSeconds.toLocal(BdfColumn.value(unixTime, table), this.assumedZone);
				sink.row(new TimeSeriesRow(table.lineNumber(), BdfColumn.value(time, table),
						table.integer(BdfColumn.indexOf(cycle), 0), table.integer(BdfColumn.indexOf(step), 0), state,
						kind, amperes, BdfColumn.value(voltage, table), BdfColumn.value(charge, table),
						BdfColumn.value(discharge, table), BdfColumn.value(energy, table), timestamp,
						table.extras(sink, normalised)));
			}
			catch (NumberFormatException ex) {
				throw table.error(ex.getMessage());
			}
		}
	}


	static StepKind kindOf(String stepType) {
		return switch (stepType.toLowerCase(Locale.ROOT)) {
			case "charge" -> StepKind.CHARGE;
			case "discharge" -> StepKind.DISCHARGE;
			case "rest" -> StepKind.REST;
			default -> StepKind.OTHER;
		};
	}

	private static BdfColumn required(@Nullable BdfColumn column, String quantity) {
		if (column == null) {
			throw new ParseException(1, "no column '" + quantity + " / unit'");
		}
		return column;
	}

	private FileMetadata metadata(BdfColumn time, BdfColumn current, BdfColumn voltage, @Nullable BdfColumn charge) {
		Map<String, String> units = new LinkedHashMap<>();
		units.put("testTime", time.unit());
		units.put("current", current.unit());
		units.put("voltage", voltage.unit());
		if (charge != null) {
			units.put("capacity", charge.unit());
		}
		return new FileMetadata(InstrumentFormat.BDF_CSV, null, null, this.assumedZone, null, null, null, null,
				units, SIGN_CONVENTION);
	}

}
