package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.healthmarketscience.jackcess.Column;
import com.healthmarketscience.jackcess.Cursor;
import com.healthmarketscience.jackcess.CursorBuilder;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.Row;
import com.healthmarketscience.jackcess.Table;
import org.jspecify.annotations.Nullable;

/**
 * Arbin MITS Pro {@code .res} files, an MS Access (Jet 4) database read with Jackcess. {@code Global_Table} gives the
 * test (name, {@code Start_DateTime} as an OLE Automation date, channel, schedule); {@code Channel_Normal_Table} gives
 * the rows, streamed in table order through a cursor: s, A, V, Ah, Wh, charge current positive, {@code DateTime} as an
 * OLE date in the instrument's local time, separate charge and discharge capacity counters. The statistic, aux, event
 * and resume tables are not read.
 * <p>
 * Jackcess needs random access, so the stream is copied to a temporary file (owner-only, deleted afterwards) of at most
 * {@link #MAX_BYTES}, the largest Jet 4 database. A parse error names the 1-based record of
 * {@code Channel_Normal_Table}, or 1 when the database itself cannot be read.
 */
final class ArbinResParser implements InstrumentParser {

	/** The Jet database signature, at byte 4 of the file. */
	static final String MAGIC = "Standard Jet DB";

	static final int MAGIC_OFFSET = 4;

	/** Jet 4 databases are limited to 2 GiB. */
	static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;

	static final String GLOBAL_TABLE = "Global_Table";

	static final String ROWS_TABLE = "Channel_Normal_Table";

	private static final Set<String> NORMALISED = Set.of("Test_Time", "Step_Index", "Cycle_Index", "Current",
			"Voltage", "Charge_Capacity", "Discharge_Capacity");

	private final ZoneId assumedZone;

	ArbinResParser(ZoneId assumedZone) {
		this.assumedZone = assumedZone;
	}

	@Override
	public InstrumentFormat format() {
		return InstrumentFormat.ARBIN_RES;
	}

	@Override
	public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
		try (TemporaryCopy copy = TemporaryCopy.of(in, ".res", MAX_BYTES,
				"larger than " + MAX_BYTES + " bytes, the limit of a Jet 4 database");
				Database database = open(copy.path())) {
			read(database, fileName, sink);
		}
	}

	private static Database open(Path file) {
		try {
			return new DatabaseBuilder(file.toFile()).setReadOnly(true).setAutoSync(false).open();
		}
		catch (IOException | RuntimeException ex) {
			throw new ParseException(1, "not a readable Arbin .res file (Access/Jet database): " + ex.getMessage());
		}
	}

	private void read(Database database, String fileName, ParseSink sink) throws IOException {
		Table global = table(database, GLOBAL_TABLE);
		Table rows = table(database, ROWS_TABLE);
		sink.metadata(metadata(global, sink));
		Columns columns = new Columns(rows);
		boolean extras = sink.wantsExtraColumns();
		long record = 0;
		Cursor cursor = CursorBuilder.createCursor(rows);
		Iterator<Row> iterator = cursor.iterator();
		while (true) {
			record++;
			Row row;
			try {
				if (!iterator.hasNext()) {
					break;
				}
				row = iterator.next();
			}
			catch (RuntimeException ex) {
				throw new ParseException(record, ROWS_TABLE + " record " + record + " unreadable: " + ex.getMessage());
			}
			sink.row(columns.row(row, record, extras));
		}
	}

	private static Table table(Database database, String name) {
		try {
			Table table = database.getTable(name);
			if (table == null) {
				throw new ParseException(1, "no " + name + ": not an Arbin .res file");
			}
			return table;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ParseException parseException) {
				throw parseException;
			}
			throw new ParseException(1, name + " unreadable: " + ex.getMessage());
		}
	}

	private FileMetadata metadata(Table global, ParseSink sink) {
		Iterator<Row> tests = global.iterator();
		if (!tests.hasNext()) {
			throw new ParseException(1, GLOBAL_TABLE + " is empty: no test");
		}
		Row test = tests.next();
		if (tests.hasNext()) {
			sink.warning(1, GLOBAL_TABLE + " lists more than one test; metadata of the first only");
		}
		LocalDateTime start = OleAutomationDate.toLocal(number(test.get("Start_DateTime")));
		Object channel = test.get("Channel_Index");
		return new FileMetadata(InstrumentFormat.ARBIN_RES,
				(channel instanceof Number number) ? Integer.valueOf(number.intValue()) : null, start,
				this.assumedZone, text(test.get("Schedule_File_Name")), null, text(test.get("Comments")),
				text(test.get("Test_Name")),
				Map.of("testTime", "s", "current", "A", "voltage", "V", "capacity", "Ah", "energy", "Wh", "timestamp",
						"OLE Automation date (DateTime, days since 1899-12-30), local", "cycle", "Cycle_Index",
						"channel", "Channel_Index"),
				ArbinCsvParser.SIGN_CONVENTION);
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value == null || value.toString().isBlank()) ? null : value.toString().strip();
	}

	/**
	 * A cell as a double: NaN when null; float32 columns ({@code Current}, {@code Voltage}) by their shortest decimal,
	 * so 0.1f reads as 0.1 as the vendor's software shows it.
	 */
	static double number(@Nullable Object value) {
		if (value instanceof Float single) {
			return Double.parseDouble(Float.toString(single));
		}
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof Boolean bool) {
			return bool ? 1 : 0;
		}
		return Double.NaN;
	}

	/** The columns of {@code Channel_Normal_Table}, looked up once. */
	private static final class Columns {

		private final List<String> extraNames = new ArrayList<>();

		private final int[] extraPositions;

		private final boolean hasDateTime;

		Columns(Table table) {
			List<String> names = table.getColumns().stream().map(Column::getName).toList();
			for (String required : List.of("Test_Time", "Current", "Voltage")) {
				if (!names.contains(required)) {
					throw new ParseException(1, ROWS_TABLE + " has no column " + required);
				}
			}
			this.hasDateTime = names.contains("DateTime");
			names.stream().filter(name -> !NORMALISED.contains(name)).forEach(this.extraNames::add);
			this.extraPositions = new int[this.extraNames.size()];
			for (int i = 0; i < this.extraPositions.length; i++) {
				this.extraPositions[i] = i;
			}
		}

		TimeSeriesRow row(Row row, long record, boolean extras) {
			double amperes = number(row.get("Current"));
			StepKind kind = RestCurrent.kindOf(amperes);
			double energy = number(row.get((kind == StepKind.DISCHARGE) ? "Discharge_Energy" : "Charge_Energy"));
			LocalDateTime timestamp = this.hasDateTime ? OleAutomationDate.toLocal(number(row.get("DateTime"))) : null;
			return new TimeSeriesRow(record, number(row.get("Test_Time")), integer(row.get("Cycle_Index")),
					integer(row.get("Step_Index")), kind.name(), kind, amperes, number(row.get("Voltage")),
					number(row.get("Charge_Capacity")), number(row.get("Discharge_Capacity")), energy, timestamp,
					extras ? extras(row) : ExtraColumns.NONE);
		}

		private static int integer(@Nullable Object value) {
			return (value instanceof Number number) ? number.intValue() : 0;
		}

		private ExtraColumns extras(Row row) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < this.extraNames.size(); i++) {
				if (i > 0) {
					line.append('\t');
				}
				Object value = row.get(this.extraNames.get(i));
				if (value instanceof Float single) {
					line.append(single);
				}
				else if (value != null) {
					line.append(value.toString().replace('\t', ' ').replace('"', '\''));
				}
			}
			return new ExtraColumns(this.extraNames, this.extraPositions, line.toString(), '\t');
		}

	}

}
