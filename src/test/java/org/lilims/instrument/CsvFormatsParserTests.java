package org.lilims.instrument;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The CSV parsers on the small permissively licensed copies in {@code src/test/resources/instrument/} (see their
 * NOTICE files) and on synthetic files.
 */
class CsvFormatsParserTests {

	@Test
	void arbinCsvWithEmptyCycleIndexGetsDerivedCycles() {
		Parsed parsed = Parsed.resource("arbin", "2017-05-09_test-TC-contact_CH33.csv");
		assertThat(parsed.format).isEqualTo(InstrumentFormat.ARBIN_CSV);
		assertThat(parsed.rows).hasSize(287);
		TimeSeriesRow first = parsed.rows.get(0);
		assertThat(first.lineNumber()).isEqualTo(2);
		assertThat(first.testTimeSeconds()).isZero();
		assertThat(first.currentAmperes()).isCloseTo(6.600444793701172, within(1e-12));
		assertThat(first.kind()).isEqualTo(StepKind.CHARGE);
		assertThat(first.voltageVolts()).isCloseTo(3.298668384552002, within(1e-12));
		assertThat(first.cycle()).isZero();
		assertThat(first.timestamp()).isEqualTo(LocalDateTime.of(2017, 5, 10, 0, 47, 33, 170_000_000));
		assertThat(first.extras().get("DateTime")).isEqualTo("1494377253.17");
		assertThat(first.extras().get("Temperature")).isEqualTo("25.174373626708984");
		assertThat(parsed.metadata().startTime()).isEqualTo(first.timestamp());
		assertThat(parsed.metadata().channel()).isEqualTo(33);
		assertThat(ArbinCsvParser.channelOf("run_CH7_Metadata.csv")).isEqualTo(7);
		assertThat(ArbinCsvParser.channelOf("arbin_example.csv")).isNull();
		assertThat(parsed.cycles.derived()).isTrue();
		assertThat(parsed.cycles.cycles()).first()
			.satisfies(cycle -> assertThat(cycle.chargeCapacityAmpHours()).isCloseTo(0.6082700490951538,
					within(1e-9)));
	}

	@Test
	void arbinMetadataCsvIsMetadataOnly() {
		Parsed parsed = Parsed.resource("arbin", "2017-05-09_test-TC-contact_CH33_Metadata.csv");
		assertThat(parsed.format).isEqualTo(InstrumentFormat.ARBIN_METADATA_CSV);
		assertThat(parsed.metadata().channel()).isEqualTo(33);
		assertThat(parsed.metadata().comment()).contains("IV_Ch_ID 32 (0-based)");
		assertThat(parsed.metadata().procedure()).isEqualTo("20170509-6C_1C_36CV.sdu");
		assertThat(parsed.metadata().startTime()).isEqualTo(LocalDateTime.of(2017, 5, 10, 0, 47, 33));
		assertThat(parsed.rows).isEmpty();
	}

	@Test
	void arbinCsvWithCycleIndexKeepsTheFilesCycles() {
		Parsed parsed = Parsed.text("""
				Data_Point,Test_Time,DateTime,Step_Time,Step_Index,Cycle_Index,Current,Voltage,Charge_Capacity,Discharge_Capacity,Charge_Energy,Discharge_Energy
				1,0,1499006353,0.7,10,1,1.1,3.3,0.5,0,1.5,0
				2,5,1499006358,5.0,11,1,-1.1,3.2,0.5,0.2,1.5,0.6
				3,9,1499006362,9.0,12,2,1.1,3.3,0.1,0,0.3,0
				""", "x.csv");
		assertThat(parsed.rows).extracting(TimeSeriesRow::step).containsExactly(10, 11, 12);
		assertThat(parsed.rows).extracting(TimeSeriesRow::energyWattHours).containsExactly(1.5, 0.6, 0.3);
		assertThat(parsed.cycles.derived()).isFalse();
		assertThat(parsed.cycles.cycles()).extracting(CycleCapacity::cycle).containsExactly(1, 2);
		assertThat(parsed.metadata().sourceUnits()).containsEntry("cycle", "Cycle_Index");
	}

	@Test
	void newareCsvReadsDurationsStepTypesAndLocalDates() {
		Parsed parsed = Parsed.resource("neware", "neware_uio_excerpt.csv");
		assertThat(parsed.format).isEqualTo(InstrumentFormat.NEWARE_CSV);
		assertThat(parsed.rows).hasSize(60);
		TimeSeriesRow rest = parsed.rows.get(0);
		assertThat(rest.kind()).isEqualTo(StepKind.REST);
		assertThat(rest.testTimeSeconds()).isEqualTo(11 * 3600 + 39 * 60);
		assertThat(rest.timestamp()).isEqualTo(LocalDateTime.of(2022, 5, 19, 4, 6, 49));
		TimeSeriesRow discharge = parsed.rows.get(59);
		assertThat(discharge.state()).isEqualTo("CC DChg");
		assertThat(discharge.kind()).isEqualTo(StepKind.DISCHARGE);
		assertThat(discharge.currentAmperes()).isEqualTo(-0.00024870);
		assertThat(discharge.testTimeSeconds()).isEqualTo(12 * 3600 + 4);
		assertThat(discharge.dischargeCapacityAmpHours()).isEqualTo(0.00000032);
		assertThat(discharge.extras().get("Contact resistance(mO)")).isEqualTo("0");
		assertThat(parsed.metadata().sourceUnits()).containsEntry("contactResistance", "mOhm ((mO))");
	}

	@Test
	void newareDurationsPass24Hours() {
		assertThat(NewareCsvParser.durationSeconds("144:02:18")).isEqualTo(144 * 3600 + 2 * 60 + 18);
		assertThat(NewareCsvParser.durationSeconds("0:00:01.5")).isEqualTo(1.5);
		assertThat(NewareCsvParser.kindOf("CCCV Chg")).isEqualTo(StepKind.CHARGE);
		assertThatExceptionOfType(NumberFormatException.class)
			.isThrownBy(() -> NewareCsvParser.durationSeconds("1::2"));
	}

	@Test
	void bdfCsvConvertsHoursAndTakesTheCurrentSignFromStepType() {
		Parsed parsed = Parsed.resource("bdf", "batmo_bdf_head400.csv");
		assertThat(parsed.format).isEqualTo(InstrumentFormat.BDF_CSV);
		assertThat(parsed.rows).hasSize(399);
		TimeSeriesRow first = parsed.rows.get(0);
		assertThat(first.testTimeSeconds()).isCloseTo(500, within(1e-9));
		assertThat(first.kind()).isEqualTo(StepKind.DISCHARGE);
		assertThat(first.currentAmperes()).isCloseTo(-0.00605515800906498, within(1e-15));
		assertThat(parsed.rows).filteredOn(row -> row.kind() == StepKind.CHARGE)
			.isNotEmpty()
			.allMatch(row -> row.currentAmperes() >= 0);
		assertThat(parsed.metadata().sourceUnits()).containsEntry("testTime", "h");
	}

	@Test
	void bdfCsvKeepsVendorColumnsAndReadsUnixTime() {
		Parsed parsed = Parsed.text("""
				Test Time / s,Current / mA,Voltage / V,Unix Time / s,Step Type / 1,Aux_T
				60,-500,3.9,1494377253,charge,25
				""", "x.csv");
		assertThat(parsed.format).isEqualTo(InstrumentFormat.BDF_CSV);
		TimeSeriesRow row = parsed.rows.get(0);
		assertThat(row.currentAmperes()).isEqualTo(0.5);
		assertThat(row.timestamp()).isEqualTo(LocalDateTime.of(2017, 5, 10, 0, 47, 33));
		assertThat(row.extras().get("Aux_T")).isEqualTo("25");
	}

	@Test
	void bdfCsvRejectsUnknownUnits() {
		assertThatExceptionOfType(ParseException.class)
			.isThrownBy(() -> Parsed.text("Test Time / fortnight,Current / A,Voltage / V\n1,2,3\n", "x.csv"))
			.withMessageContaining("Test Time / fortnight");
	}

	@Test
	void eisCsvWithoutHeaderIsFrequencyReImSigned() {
		Parsed parsed = Parsed.resource("eis_csv", "exampleData.csv");
		assertThat(parsed.format).isEqualTo(InstrumentFormat.EIS_CSV);
		assertThat(parsed.points).hasSize(66).extracting(ImpedancePoint::spectrum).containsOnly(1);
		assertThat(parsed.points.get(0).imaginaryOhms()).isCloseTo(-0.020438698544418925, within(1e-15));
		assertThat(parsed.metadata().signConvention()).contains("signed Im(Z)");
	}

	@Test
	void eisCsvWithDecimalCommaAndTabs() {
		Parsed parsed = Parsed.text("Frequency (Hz)\tZ' (Ohm)\t-Z'' (Ohm)\n1000,5\t10,25\t0,5\n100\t12,5\t2\n",
				"x.txt");
		assertThat(parsed.format).isEqualTo(InstrumentFormat.EIS_CSV);
		assertThat(parsed.points).extracting(ImpedancePoint::frequencyHertz).containsExactly(1000.5, 100.0);
		assertThat(parsed.points).extracting(ImpedancePoint::imaginaryOhms).containsExactly(-0.5, -2.0);
		assertThat(parsed.metadata().sourceUnits()).containsEntry("decimal", "comma").containsEntry("separator", "tab");
		assertThat(parsed.metadata().signConvention()).contains("sign flipped");
	}

	@Test
	void eisCsvHeadersWithUnitsInAnyEncoding() {
		Parsed parsed = Parsed.text("freq/Hz;Re(Z)/Ohm;-Im(Z)/Ohm\n1000;1;1\n100;2;2\n", "x.csv");
		assertThat(parsed.points).extracting(ImpedancePoint::imaginaryOhms).containsExactly(-1.0, -2.0);
		parsed = Parsed.text("Frequency [Hz],Z' (\u03a9),Z'' (\u03a9)\n1000,1,-1\n100,2,-2\n", "x.csv");
		assertThat(parsed.points).extracting(ImpedancePoint::realOhms).containsExactly(1.0, 2.0);
	}

	@Test
	void eisCsvWithMagnitudeAndPhase() {
		Parsed parsed = Parsed.text("freq,|Z|,phase\n1000,2,-90\n100,2,0\n", "x.csv");
		assertThat(parsed.points.get(0).realOhms()).isCloseTo(0, within(1e-12));
		assertThat(parsed.points.get(0).imaginaryOhms()).isCloseTo(-2, within(1e-12));
		assertThat(parsed.points.get(1).realOhms()).isCloseTo(2, within(1e-12));
	}

	@Test
	void eisCsvStartsANewSpectrumWhenTheFrequencyJumpsBack() {
		Parsed parsed = Parsed.text("f,Z',Z''\n1000,1,-1\n100,2,-2\n10,3,-3\n1000,1,-1\n100,2,-2\n", "x.csv");
		assertThat(parsed.points).extracting(ImpedancePoint::spectrum).containsExactly(1, 1, 1, 2, 2);
	}

	@Test
	void onlyFrequencyLikeNumericCsvsAreTakenForImpedance() {
		// not monotonic, negative first column, wrong column count, unknown header: none is impedance
		assertThat(detect("1,2,3\n5,2,3\n2,2,3\n7,1,1\n3,1,1\n9,1,1\n")).isEqualTo(InstrumentFormat.UNKNOWN);
		assertThat(detect("-1,2,3\n-2,2,3\n")).isEqualTo(InstrumentFormat.UNKNOWN);
		assertThat(detect("1,2,3,4\n2,2,3,4\n")).isEqualTo(InstrumentFormat.UNKNOWN);
		assertThat(detect("time,voltage,current\n1,2,3\n2,2,3\n")).isEqualTo(InstrumentFormat.UNKNOWN);
		assertThat(detect("f,Z',Z''\n")).isEqualTo(InstrumentFormat.UNKNOWN);
		// the other CSV formats keep their own detection
		assertThat(detect("Data_Point,Test_Time,DateTime\n1,2,3\n")).isEqualTo(InstrumentFormat.ARBIN_CSV);
		assertThat(detect("Test Time / h,Current / A,Voltage / V\n1,2,3\n2,2,3\n"))
			.isEqualTo(InstrumentFormat.BDF_CSV);
		assertThat(detect("DataPoint,Cycle Index,Step Index,Step Type,Time\n")).isEqualTo(InstrumentFormat.NEWARE_CSV);
	}

	@Test
	void eisLayoutNeedsTwoDataLines() {
		assertThat(EisCsvLayout.sniff(List.of("1000,1,-1"))).isEmpty();
		assertThat(EisCsvLayout.sniff(List.of("1000;1,5;-1", "100;2,5;-2"))).get()
			.satisfies(layout -> assertThat(layout.decimalComma()).isTrue());
	}

	private static InstrumentFormat detect(String text) {
		return FormatDetector.detect(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
