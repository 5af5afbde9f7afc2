package org.lilims.instrument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.healthmarketscience.jackcess.ColumnBuilder;
import com.healthmarketscience.jackcess.DataType;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.Database.FileFormat;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.Table;
import com.healthmarketscience.jackcess.TableBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Arbin {@code .res} files written here with Jackcess as Jet 4 databases with the tables and column types of a MITS
 * Pro file (the shared fixture is MIT-licensed but over 500 KB, so it is read only by {@link CsvFormatsFixturesTests}).
 */
class ArbinResParserTests {

	@TempDir
	Path folder;

	@Test
	void readsTheTestAndStreamsTheRowsInTableOrder() throws IOException {
		Path file = resFile(List.of(
				new Object[] { 1, 1, 0.07, 45131.78472222222, 1, 1, 0.0f, 3.859f, 0.0, 0.0, 0.0, 0.0, 0.0f },
				new Object[] { 1, 2, 300.5, 45131.788194444445, 2, 1, 0.1f, 4.1f, 0.0004, 0.0, 0.0016, 0.0, 0.002f },
				new Object[] { 1, 3, 600.0, 45131.791666666664, 3, 1, -0.1f, 3.7f, 0.0004, 0.0003, 0.0016, 0.0011,
						-0.001f }));

		Parsed parsed = Parsed.file(file);

		assertThat(parsed.format).isEqualTo(InstrumentFormat.ARBIN_RES);
		FileMetadata metadata = parsed.metadata();
		assertThat(metadata.format()).isEqualTo(InstrumentFormat.ARBIN_RES);
		assertThat(metadata.startTime()).isEqualTo(LocalDateTime.of(2023, 7, 24, 18, 50));
		assertThat(metadata.channel()).isEqualTo(12);
		assertThat(metadata.procedure()).isEqualTo("AliceM\\LCO_5xCo10.sdu");
		assertThat(metadata.sourceFileName()).isEqualTo("LCO-cell-01");
		assertThat(metadata.comment()).isNull();
		assertThat(metadata.sourceUnits()).containsEntry("capacity", "Ah").containsEntry("testTime", "s");
		assertThat(parsed.rows).extracting(TimeSeriesRow::lineNumber).containsExactly(1L, 2L, 3L);
		assertThat(parsed.rows).extracting(TimeSeriesRow::kind)
			.containsExactly(StepKind.REST, StepKind.CHARGE, StepKind.DISCHARGE);
		TimeSeriesRow charge = parsed.rows.get(1);
		assertThat(charge.testTimeSeconds()).isEqualTo(300.5);
		assertThat(charge.step()).isEqualTo(2);
		assertThat(charge.cycle()).isEqualTo(1);
		assertThat(charge.currentAmperes()).isEqualTo(0.1);
		assertThat(charge.voltageVolts()).isEqualTo(4.1);
		assertThat(charge.chargeCapacityAmpHours()).isEqualTo(0.0004);
		assertThat(charge.energyWattHours()).isEqualTo(0.0016);
		assertThat(charge.timestamp()).isEqualTo(LocalDateTime.of(2023, 7, 24, 18, 55));
		assertThat(charge.extras().get("Data_Point")).isEqualTo("2");
		assertThat(charge.extras().get("dV/dt")).isEqualTo("0.002");
		TimeSeriesRow discharge = parsed.rows.get(2);
		assertThat(discharge.currentAmperes()).isEqualTo(-0.1);
		assertThat(discharge.dischargeCapacityAmpHours()).isEqualTo(0.0003);
		assertThat(discharge.energyWattHours()).isEqualTo(0.0011);
		assertThat(parsed.cycles.cycles().get(0).dischargeCapacityAmpHours()).isCloseTo(0.0003, within(1e-12));
		try (Stream<Path> left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			assertThat(left.filter(path -> path.getFileName().toString().startsWith("lilims-arbin-"))).isEmpty();
		}
		SharedFixtures.assertParseCommandSucceeds(file);
	}

	@Test
	void aFileWithTheJetSignatureButNoDatabaseFailsOnLineOne() {
		byte[] garbage = new byte[4096];
		Arrays.fill(garbage, (byte) 0x5A);
		byte[] magic = ArbinResParser.MAGIC.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(new byte[] { 0, 1, 0, 0 }, 0, garbage, 0, 4);
		System.arraycopy(magic, 0, garbage, ArbinResParser.MAGIC_OFFSET, magic.length);

		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> Parsed.bytes(garbage, "broken.res"))
			.satisfies(ex -> assertThat(ex.lineNumber()).isEqualTo(1))
			.withMessageContaining("not a readable Arbin .res file (Access/Jet database)");
	}

	@Test
	void aJetDatabaseWithoutArbinTablesFailsNamingTheTable() throws IOException {
		Path file = this.folder.resolve("other.mdb");
		try (Database database = DatabaseBuilder.create(FileFormat.V2000, file.toFile())) {
			new TableBuilder("Samples").addColumn(new ColumnBuilder("Name", DataType.TEXT)).toTable(database);
		}

		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> Parsed.file(file))
			.withMessage("line 1: no Global_Table: not an Arbin .res file");
	}

	@Test
	void oleAutomationDatesCountDaysFrom1899WithTheTimeOfDayAsFraction() {
		assertThat(OleAutomationDate.toLocal(0)).isEqualTo(LocalDateTime.of(1899, 12, 30, 0, 0));
		assertThat(OleAutomationDate.toLocal(2.5)).isEqualTo(LocalDateTime.of(1900, 1, 1, 12, 0));
		assertThat(OleAutomationDate.toLocal(-1.25)).isEqualTo(LocalDateTime.of(1899, 12, 29, 6, 0));
		assertThat(OleAutomationDate.toLocal(Double.NaN)).isNull();
	}

	private Path resFile(List<Object[]> rows) throws IOException {
		Path file = this.folder.resolve("LCO-cell-01.res");
		try (Database database = DatabaseBuilder.create(FileFormat.V2000, file.toFile())) {
			Table global = new TableBuilder(ArbinResParser.GLOBAL_TABLE)
				.addColumn(new ColumnBuilder("Test_ID", DataType.LONG))
				.addColumn(new ColumnBuilder("Test_Name", DataType.TEXT))
				.addColumn(new ColumnBuilder("Channel_Index", DataType.INT))
				.addColumn(new ColumnBuilder("Start_DateTime", DataType.DOUBLE))
				.addColumn(new ColumnBuilder("Comments", DataType.TEXT))
				.addColumn(new ColumnBuilder("Schedule_File_Name", DataType.TEXT))
				.toTable(database);
			global.addRow(1, "LCO-cell-01", (short) 12, 45131.78472222222, "", "AliceM\\LCO_5xCo10.sdu");
			TableBuilder normal = new TableBuilder(ArbinResParser.ROWS_TABLE);
			for (String name : List.of("Test_ID:LONG", "Data_Point:LONG", "Test_Time:DOUBLE", "DateTime:DOUBLE",
					"Step_Index:INT", "Cycle_Index:INT", "Current:FLOAT", "Voltage:FLOAT", "Charge_Capacity:DOUBLE",
					"Discharge_Capacity:DOUBLE", "Charge_Energy:DOUBLE", "Discharge_Energy:DOUBLE", "dV/dt:FLOAT")) {
				String[] parts = name.split(":");
				normal.addColumn(new ColumnBuilder(parts[0], DataType.valueOf(parts[1])));
			}
			Table table = normal.toTable(database);
			for (Object[] row : rows) {
				row[4] = ((Integer) row[4]).shortValue();
				row[5] = ((Integer) row[5]).shortValue();
				table.addRow(row);
			}
		}
		return file;
	}

}
