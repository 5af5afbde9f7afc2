package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NewareNdaxParserTests {

	static final String UNIT27 = "123456789012_Unit27_Example_Data_File.ndax";

	@Test
	void readsTheBts8SplitStreamsOfTheUnit27Example() {
		checkUnit27(Parsed.resource("neware", UNIT27));
	}

	/** NewareNDA's Unit27 example (ndc version 14): a rest at 2.983 V with two temperature channels. */
	static void checkUnit27(Parsed parsed) {
		assertThat(parsed.format).isEqualTo(InstrumentFormat.NEWARE_NDAX);
		assertThat(parsed.rows).hasSize(302);
		assertThat(parsed.metadata().channel()).isEqualTo(81);
		assertThat(parsed.metadata().comment()).isEqualTo("123456789012");
		assertThat(parsed.metadata().procedure()).isEqualTo("Unit27_Example_Data_File.xml");
		assertThat(parsed.metadata().startTime()).isEqualTo(LocalDateTime.of(2024, 11, 18, 12, 43, 31));
		assertThat(parsed.rows).extracting(TimeSeriesRow::state).containsOnly("Rest");
		assertThat(parsed.rows).extracting(TimeSeriesRow::cycle).containsOnly(1);
		assertThat(parsed.rows).extracting(TimeSeriesRow::step).containsOnly(1);
		TimeSeriesRow first = parsed.rows.get(0);
		assertThat(first.voltageVolts()).isEqualTo(2.9829915);
		assertThat(first.currentAmperes()).isZero();
		assertThat(first.timestamp()).isEqualTo(LocalDateTime.of(2024, 11, 18, 12, 43, 45, 422_000_000));
		assertThat(first.extras().names()).containsExactly("Time", "Step_Index", "Time_Filled", "T1", "T2");
		assertThat(first.extras().get("T1")).isEqualTo("25.487");
		assertThat(first.extras().get("T2")).isEqualTo("25.487");
		assertThat(first.extras().get("Step_Index")).isEqualTo("1");
		// record 1 has two run-info records, at 0 s and 0.1 s: two rows, as in NewareNDA's frame
		assertThat(parsed.rows.get(1).lineNumber()).isEqualTo(1);
		assertThat(parsed.rows.get(1).testTimeSeconds()).isEqualTo(0.1);
		assertThat(parsed.rows.get(2).testTimeSeconds()).isEqualTo(1.0);
		assertThat(parsed.rows.get(2).extras().get("Time_Filled")).isNull();
		// record 3 has no run info: between record 2 (1 s) and record 63 (62 s)
		TimeSeriesRow filled = parsed.rows.get(3);
		assertThat(filled.lineNumber()).isEqualTo(3);
		assertThat(filled.testTimeSeconds()).isCloseTo(2.0, within(1e-9));
		assertThat(filled.timestamp()).isEqualTo(LocalDateTime.of(2024, 11, 18, 12, 43, 47, 422_000_000));
		assertThat(filled.chargeCapacityAmpHours()).isNaN();
		assertThat(filled.extras().get("Time_Filled")).isEqualTo("interpolated");
		TimeSeriesRow last = parsed.rows.get(301);
		assertThat(last.lineNumber()).isEqualTo(301);
		assertThat(last.testTimeSeconds()).isEqualTo(300.0);
		assertThat(last.chargeCapacityAmpHours()).isZero();
		assertThat(Double.parseDouble(last.extras().get("T1"))).isCloseTo(25.414, within(1e-5));
		assertThat(Double.parseDouble(last.extras().get("T2"))).isCloseTo(25.487, within(1e-5));
		assertThat(parsed.warnings).containsExactly("294 records have no run info: time filled (Time_Filled), "
				+ "capacities and energies NaN (first at record 3)");
	}

	/** navani's example (ndc version 5): one charge-discharge cycle of 0.593 / 0.625 mAh. */
	static void checkNavani(Parsed parsed) {
		assertThat(parsed.format).isEqualTo(InstrumentFormat.NEWARE_NDAX);
		assertThat(parsed.rows).hasSize(1464);
		assertThat(parsed.cycles.cycles()).hasSize(1);
		assertThat(parsed.cycles.cycles().get(0).chargeCapacityAmpHours()).isCloseTo(0.593039e-3, within(1e-9));
		assertThat(parsed.cycles.cycles().get(0).dischargeCapacityAmpHours()).isCloseTo(0.625451e-3,
				within(1e-9));
		assertThat(parsed.metadata().channel()).isEqualTo(7);
		assertThat(parsed.metadata().comment()).isNull();
		assertThat(parsed.metadata().startTime()).isEqualTo(LocalDateTime.of(2024, 2, 1, 20, 24, 23));
		assertThat(parsed.rows).extracting(TimeSeriesRow::state).containsOnly("Rest", "CCCV_Chg", "CCCV_DChg");
		assertThat(parsed.rows).filteredOn(row -> row.kind() == StepKind.DISCHARGE)
			.isNotEmpty()
			.allMatch(row -> row.currentAmperes() < 0);
		// record 13: step 2 at 30 s after a 300 s rest; 1200 units of 1e-4 mA (range 1); 35993 units of 1e-4 mA s
		TimeSeriesRow charging = parsed.rows.get(12);
		assertThat(charging.step()).isEqualTo(2);
		assertThat(charging.testTimeSeconds()).isEqualTo(330.0);
		assertThat(charging.extras().get("Time")).isEqualTo("30.0");
		assertThat(charging.currentAmperes()).isCloseTo(1.2e-4, within(1e-15));
		assertThat(charging.voltageVolts()).isCloseTo(3.8736, within(1e-12));
		assertThat(charging.chargeCapacityAmpHours()).isCloseTo(35993e-4 / 3600 / 1e3, within(1e-15));
		assertThat(charging.timestamp()).isEqualTo(LocalDateTime.of(2024, 2, 1, 20, 29, 53));
		// steps of 300 s, 6 h, 6 h and 300 s
		assertThat(parsed.rows.get(1463).testTimeSeconds()).isEqualTo(43800.0);
		assertThat(parsed.warnings).isEmpty();
	}

	@Test
	void version5RecordsAreScaledByTheirRangeAndStepTimesAddUp() {
		byte[] data = NewareNdaxFiles.ndc(1, 5, 125, 87, version5(1, 0, 1, 4, 30_000, 34666, 0, 0, 0),
				version5(2, 0, 2, 1, 10_000, 38000, 12345, 36_000_000, 0), record -> record.put(7, (byte) 0x65),
				version5(4, 1, 3, 2, 5_000, 37000, 12345, 0, 18_000_000));

		Parsed parsed = Parsed.bytes(NewareNdaxFiles.zip("TestInfo.xml", NewareNdaxFiles.testInfo(), "data.ndc", data),
				"anything.bin");

		assertThat(parsed.rows).hasSize(3);
		assertThat(parsed.rows).extracting(TimeSeriesRow::testTimeSeconds).containsExactly(30.0, 40.0, 45.0);
		assertThat(parsed.rows).extracting(TimeSeriesRow::lineNumber).containsExactly(1L, 2L, 4L);
		TimeSeriesRow charge = parsed.rows.get(1);
		// range 1000: 0.1 mA (mA s, mW s) per unit
		assertThat(charge.state()).isEqualTo("CC_Chg");
		assertThat(charge.currentAmperes()).isCloseTo(1.2345, within(1e-12));
		assertThat(charge.voltageVolts()).isEqualTo(3.8);
		assertThat(charge.chargeCapacityAmpHours()).isCloseTo(1.0, within(1e-12));
		assertThat(charge.energyWattHours()).isCloseTo(1.0, within(1e-12));
		TimeSeriesRow discharge = parsed.rows.get(2);
		assertThat(discharge.kind()).isEqualTo(StepKind.DISCHARGE);
		assertThat(discharge.currentAmperes()).isCloseTo(-1.2345, within(1e-12));
		assertThat(discharge.dischargeCapacityAmpHours()).isCloseTo(0.5, within(1e-12));
		assertThat(discharge.cycle()).isEqualTo(2);
		assertThat(parsed.metadata().channel()).isEqualTo(5);
		assertThat(parsed.metadata().comment()).isEqualTo("LI-0042");
		assertThat(parsed.metadata().procedure()).isEqualTo("form.xml");
		assertThat(parsed.warnings).containsExactly("1 records of data.ndc that are not data (auxiliary or empty) "
				+ "skipped");
	}

	private static Consumer<ByteBuffer> version5(int index, int cycle, int step, int status, long millis,
			int tenthMillivolts, int current, long charge, long discharge) {
		return record -> {
			record.put(7, (byte) 0x55).putInt(8, index).putInt(12, cycle).put(16, (byte) step).put(17, (byte) status);
			record.putLong(23, millis).putInt(31, tenthMillivolts).putInt(35, current);
			record.putLong(43, charge).putLong(51, discharge).putLong(59, charge).putLong(67, discharge);
			record.putShort(75, (short) 2024).put(77, (byte) 2).put(78, (byte) 1).put(79, (byte) 20);
			record.putInt(82, 1000);
		};
	}

	@Test
	void version14JoinsRunInfoStepsAndAuxiliaryChannelsByIndex() {
		byte[] data = NewareNdaxFiles.ndc(1, 14, 132, 8, measured(3.5f, 0.25f), measured(3.6f, 0.25f),
				measured(3.7f, 0.25f));
		byte[] runInfo = NewareNdaxFiles.ndc(18, 14, 132, 55, runInfo(1, 0, 0f), runInfo(3, 2_000, 0.5f));
		byte[] steps = NewareNdaxFiles.ndc(7, 14, 132, 37,
				record -> record.putInt(0, 2).putInt(4, 3).put(24, (byte) 1));
		byte[] temperatures = NewareNdaxFiles.ndc(5, 14, 132, 4, record -> record.putFloat(0, 21.5f),
				record -> record.putFloat(0, 21.6f));

		Parsed parsed = Parsed.bytes(NewareNdaxFiles.zip("TestInfo.xml", NewareNdaxFiles.testInfo(), "data.ndc", data,
				"data_AUX_9_3_1.ndc", temperatures, "data_step.ndc", steps, "data_runInfo.ndc", runInfo), "x.ndax");

		assertThat(parsed.rows).hasSize(3);
		assertThat(parsed.rows).extracting(TimeSeriesRow::testTimeSeconds).containsExactly(0.0, 1.0, 2.0);
		assertThat(parsed.rows).extracting(TimeSeriesRow::state).containsOnly("CC_Chg");
		assertThat(parsed.rows).extracting(TimeSeriesRow::cycle).containsOnly(3);
		assertThat(parsed.rows).extracting(row -> row.extras().get("Step_Index")).containsOnly("3");
		assertThat(parsed.rows).extracting(row -> row.extras().get("T1")).containsExactly("21.5", "21.6", null);
		assertThat(parsed.rows.get(1).extras().get("Time_Filled")).isEqualTo("interpolated");
		assertThat(parsed.rows.get(1).chargeCapacityAmpHours()).isNaN();
		TimeSeriesRow last = parsed.rows.get(2);
		assertThat(last.voltageVolts()).isEqualTo(3.7);
		assertThat(last.currentAmperes()).isEqualTo(0.25);
		assertThat(last.chargeCapacityAmpHours()).isEqualTo(0.5);
		assertThat(last.timestamp()).isEqualTo(LocalDateTime.of(2024, 11, 18, 12, 43, 47, 422_000_000));
		assertThat(parsed.warnings).contains("1 auxiliary values missing (auxiliary files shorter than data.ndc): "
				+ "left empty");
	}

	private static Consumer<ByteBuffer> measured(float volts, float amperes) {
		return record -> record.putFloat(0, volts).putFloat(4, amperes);
	}

	// 2024-11-18 12:43:45.422 UTC plus the time
	private static Consumer<ByteBuffer> runInfo(int index, int millis, float chargeAmpHours) {
		return record -> record.putInt(0, millis)
			.putFloat(5, chargeAmpHours)
			.putInt(29, 1000)
			.putInt(33, 1731933825 + millis / 1000)
			.putInt(37, 1)
			.putInt(41, index)
			.putShort(45, (short) 422);
	}

	@Test
	void runInfoOutOfIndexOrderFailsNamingTheRecord() {
		byte[] data = NewareNdaxFiles.ndc(1, 14, 132, 8, measured(3.5f, 0f), measured(3.6f, 0f));
		byte[] runInfo = NewareNdaxFiles.ndc(18, 14, 132, 55, runInfo(2, 0, 0f), runInfo(1, 1_000, 0f));
		byte[] steps = NewareNdaxFiles.ndc(7, 14, 132, 37, record -> record.putInt(4, 1).put(24, (byte) 4));

		assertThatThrownBy(() -> Parsed.bytes(NewareNdaxFiles.zip("data.ndc", data, "data_step.ndc", steps,
				"data_runInfo.ndc", runInfo), "x.ndax"))
			.isInstanceOf(ParseException.class)
			.hasMessage("line 2: data_runInfo.ndc record 2 has index 1 after 2");
	}

	@Test
	void anUnsupportedNdcVersionIsNamed() {
		byte[] data = NewareNdaxFiles.ndc(1, 17, 132, 8, measured(3.5f, 0f));

		assertThatThrownBy(() -> Parsed.bytes(NewareNdaxFiles.zip("data.ndc", data), "x.ndax"))
			.isInstanceOf(ParseException.class)
			.hasMessageContaining("unsupported ndc version 17 in data.ndc (versions 5 and 14 are read)");
	}

	@Test
	void aVersion14DataFileWithoutRunInfoFailsClearly() {
		byte[] data = NewareNdaxFiles.ndc(1, 14, 132, 8, measured(3.5f, 0f));

		assertThatThrownBy(() -> Parsed.bytes(NewareNdaxFiles.zip("data.ndc", data), "x.ndax"))
			.isInstanceOf(ParseException.class)
			.hasMessageContaining("no data_runInfo.ndc beside a data.ndc of version 14");
	}

	@Test
	void aPageCountingMoreRecordsThanItHoldsFailsNamingThePage() {
		byte[] data = NewareNdaxFiles.ndc(1, 5, 125, 87);
		ByteBuffer.wrap(data).put(NewareNdcStream.PAGE_BYTES + 2, (byte) 46);

		assertThatThrownBy(() -> Parsed.bytes(NewareNdaxFiles.zip("data.ndc", data), "x.ndax"))
			.isInstanceOf(ParseException.class)
			.hasMessage("line 1: data.ndc page 1 counts 46 records, room for 45");
	}

	@Test
	void aZipWithoutDataOrABrokenOneFailsClearly() {
		assertThatThrownBy(() -> Parsed.bytes(NewareNdaxFiles.zip("TestInfo.xml", NewareNdaxFiles.testInfo()),
				"x.ndax"))
			.isInstanceOf(ParseException.class)
			.hasMessageContaining("no data.ndc in the ZIP");
		byte[] cut = java.util.Arrays.copyOf(NewareNdaxFiles.zip("data.ndc", new byte[10_000]), 50);
		assertThatThrownBy(() -> Parsed.bytes(cut, "x.ndax")).isInstanceOf(ParseException.class)
			.hasMessageContaining("not a readable ZIP");
	}

	@Test
	void isDetectedByItsEntriesNotItsName() {
		assertThat(FormatDetector.detect(NewareNdaxFiles.zip("Step.xml", new byte[300], "data.ndc", new byte[10])))
			.isEqualTo(InstrumentFormat.NEWARE_NDAX);
		assertThat(FormatDetector.detect(NewareNdaxFiles.zip("TestInfo.xml", NewareNdaxFiles.testInfo())))
			.isEqualTo(InstrumentFormat.NEWARE_NDAX);
		assertThat(FormatDetector.detect(NewareNdaxFiles.zip("word/document.xml", new byte[10])))
			.isEqualTo(InstrumentFormat.UNKNOWN);
		assertThat(FormatDetector.detect("data.ndc TestInfo.xml".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo(InstrumentFormat.UNKNOWN);
	}

	@Test
	void theParseCommandSucceeds(@TempDir Path folder) throws IOException {
		Path file = folder.resolve(UNIT27);
		try (InputStream in = NewareNdaxParserTests.class.getResourceAsStream("/instrument/neware/" + UNIT27)) {
			Files.copy(in, file);
		}
		SharedFixtures.assertParseCommandSucceeds(file);
	}

}
