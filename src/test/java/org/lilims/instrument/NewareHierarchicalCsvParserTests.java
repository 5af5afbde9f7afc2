package org.lilims.instrument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NewareHierarchicalCsvParserTests {

	private static final String SYNTHETIC = "neware_hierarchical_synthetic.csv";

	private static final String HEADERS = "Cycle ID,Cap_Chg(mAh),Cap_DChg(mAh)\n,Step ID,Step Name\n"
			+ ",,Record ID,Time(h:min:s.ms),Voltage(V),Current(mA),Capacity(mAh)\n";

	@Test
	void recordRowsCarryTheCycleAndStepAboveThemInSiUnits() {
		Parsed parsed = Parsed.resource("neware", SYNTHETIC);

		assertThat(parsed.format).isEqualTo(InstrumentFormat.NEWARE_HIERARCHICAL_CSV);
		assertThat(parsed.rows).hasSize(12);
		assertThat(parsed.rows).extracting(TimeSeriesRow::cycle).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2);
		assertThat(parsed.rows).extracting(TimeSeriesRow::step).containsExactly(1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5);
		// step times restart with each step: 20 s rest, 1 h charge, 54 min discharge, 57 min, 56 min 24 s
		assertThat(parsed.rows).extracting(TimeSeriesRow::testTimeSeconds)
			.containsExactly(0.0, 10.0, 20.0, 20.0, 1820.0, 3620.0, 3620.0, 6860.0, 6860.0, 10280.0, 10280.0,
					13664.0);
		TimeSeriesRow charged = parsed.rows.get(5);
		assertThat(charged.lineNumber()).isEqualTo(12);
		assertThat(charged.state()).isEqualTo("CC_Chg");
		assertThat(charged.kind()).isEqualTo(StepKind.CHARGE);
		assertThat(charged.currentAmperes()).isEqualTo(1.0);
		assertThat(charged.voltageVolts()).isEqualTo(4.2);
		// 1 A for 1 h
		assertThat(charged.chargeCapacityAmpHours()).isCloseTo(1.0, within(1e-12));
		assertThat(charged.energyWattHours()).isCloseTo(3.8, within(1e-12));
		assertThat(charged.timestamp()).isEqualTo(LocalDateTime.of(2024, 3, 2, 1, 0, 10));
		TimeSeriesRow discharged = parsed.rows.get(7);
		assertThat(discharged.kind()).isEqualTo(StepKind.DISCHARGE);
		assertThat(discharged.currentAmperes()).isEqualTo(-1.0);
		assertThat(discharged.dischargeCapacityAmpHours()).isCloseTo(0.9, within(1e-12));
		assertThat(parsed.cycles.cycles()).hasSize(2);
		assertThat(parsed.cycles.cycles().get(1).chargeCapacityAmpHours()).isCloseTo(0.95, within(1e-12));
		assertThat(parsed.cycles.cycles().get(1).dischargeCapacityAmpHours()).isCloseTo(0.94, within(1e-12));
		assertThat(parsed.metadata().startTime()).isEqualTo(LocalDateTime.of(2024, 3, 1, 23, 59, 50));
		assertThat(parsed.rows.get(0).extras().names()).containsExactly("Record ID", "Temperature(?)", "DCIR(O)");
		assertThat(parsed.rows.get(0).extras().get("Temperature(?)")).isEqualTo("25.0");
		assertThat(parsed.rows.get(0).extras().get("DCIR(O)")).isEqualTo("-");
	}

	@Test
	void aTabSeparatedReportWithDoubledCellsAndAStepTimeWrappingAt24Hours() {
		String report = """
				Cycle ID\t\tCap_Chg(mAh)\t\tCap_DChg(mAh)
				\t\tStep ID\t\tStep Name\t\tStep Time(h:min:s.ms)
				\t\t\t\tRecord ID\t\tTime(h:min:s.ms)\t\tVol(mV)\t\tCur(mA)\t\tCap(uAh)
				1\t\t0\t\t1.3889
				\t\t1\t\tRest\t\t25:00:00
				\t\t\t\t1\t\t23:00:00\t\t3300\t\t0\t\t0
				\t\t\t\t2\t\t23:59:59\t\t3300\t\t0\t\t0
				\t\t\t\t3\t\t00:30:00.000\t\t3300\t\t0\t\t0
				\t\t2\t\tCC_DChg\t\t0:00:10
				\t\t\t\t4\t\t0:00:10\t\t3000\t\t500\t\t1388.9
				""";

		Parsed parsed = Parsed.text(report, "report.txt");

		assertThat(parsed.format).isEqualTo(InstrumentFormat.NEWARE_HIERARCHICAL_CSV);
		assertThat(parsed.rows).extracting(TimeSeriesRow::testTimeSeconds)
			.containsExactly(82800.0, 86399.0, 88200.0, 88210.0);
		TimeSeriesRow discharge = parsed.rows.get(3);
		assertThat(discharge.voltageVolts()).isEqualTo(3.0);
		assertThat(discharge.currentAmperes()).isEqualTo(-0.5);
		assertThat(discharge.dischargeCapacityAmpHours()).isCloseTo(1.3889e-3, within(1e-12));
		assertThat(discharge.chargeCapacityAmpHours()).isNaN();
		assertThat(parsed.rows.get(0).chargeCapacityAmpHours()).isNaN();
	}

	@Test
	void aRecordRowBeforeAnyStepRowFailsNamingTheLine() {
		assertThatThrownBy(() -> Parsed.text(HEADERS + "1,0,0\n,,1,0:00:00,3.3,0,0\n", "x.csv"))
			.isInstanceOf(ParseException.class)
			.hasMessage("line 5: record row before any step row");
	}

	@Test
	void aRowIndentedLikeNoHeaderFailsNamingTheLine() {
		assertThatThrownBy(() -> Parsed.text(HEADERS + "1,0,0\n,1,Rest\n,,,1,0:00:00,3.3,0,0\n", "x.csv"))
			.isInstanceOf(ParseException.class)
			.hasMessage("line 6: indented by 3 empty cells; cycle, step and record rows are indented by 0, 1 and 2");
	}

	@Test
	void aBadNumberOrUnitFailsNamingTheLine() {
		assertThatThrownBy(() -> Parsed.text(HEADERS + "1,0,0\n,1,Rest\n,,1,0:00:00,3.3V,0,0\n", "x.csv"))
			.isInstanceOf(ParseException.class)
			.hasMessageStartingWith("line 6: not a number");
		assertThatThrownBy(() -> Parsed.text(HEADERS.replace("Voltage(V)", "Voltage(kV)") + "1,0,0\n", "x.csv"))
			.isInstanceOf(ParseException.class)
			.hasMessage("line 3: unit 'kV' of column 'Voltage(kV)' is not V, mV or uV");
		assertThatThrownBy(() -> Parsed.text(HEADERS + "1,0,0\n,1,Rest\n,,1,0:0a:00,3.3,0,0\n", "x.csv"))
			.isInstanceOf(ParseException.class)
			.hasMessageStartingWith("line 6: ");
	}

	@Test
	void isDetectedByItsThreeIndentedHeaders() {
		assertThat(detect(HEADERS)).isEqualTo(InstrumentFormat.NEWARE_HIERARCHICAL_CSV);
		assertThat(detect(HEADERS.replace(",", "\t"))).isEqualTo(InstrumentFormat.NEWARE_HIERARCHICAL_CSV);
		assertThat(detect("Cycle ID,Step ID,Record ID,Time(h:min:s.ms),Voltage(V)\n1,1,1,0:00:00,3.3\n"))
			.isNotEqualTo(InstrumentFormat.NEWARE_HIERARCHICAL_CSV);
		assertThat(detect("Cycle ID,Cap_Chg(mAh)\n,,Record ID,Time\n,Step ID,Step Name\n"))
			.isNotEqualTo(InstrumentFormat.NEWARE_HIERARCHICAL_CSV);
	}

	@Test
	void theParseCommandSucceeds(@TempDir Path folder) throws IOException {
		Path file = Files.copy(Parsed.resourcePath("neware", SYNTHETIC), folder.resolve("export.txt"));
		SharedFixtures.assertParseCommandSucceeds(file);
	}

	private static InstrumentFormat detect(String head) {
		return FormatDetector.detect(head.getBytes(StandardCharsets.UTF_8));
	}

}
