package org.lilims.analysis.cycles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lilims.instrument.ExtraColumns;
import org.lilims.instrument.InstrumentParsers;
import org.lilims.instrument.SharedFixtures;
import org.lilims.instrument.StepKind;
import org.lilims.instrument.TimeSeriesRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Per-cycle metrics on hand-checkable rows (1 A for an hour at 4 V, then 1 A for 0.9 h at 3.5 V, sampled every 15 min
 * after a rest) and on real MACCOR exports, against the values the fixture set's oracle gives.
 */
class CycleAnalysisTests {

	@Test
	void capacitiesEnergiesAndEfficienciesOfAHandCheckableCycleFromResettingCounters() {
		CycleAnalysis analysis = new CycleAnalysis();
		feed(analysis, cycle(1, 0, true));

		CycleMetrics cycle = analysis.result().cycles().get(0);

		assertThat(cycle.cycle()).isEqualTo(1);
		assertThat(cycle.chargeCapacityMilliampHours()).isCloseTo(1000, within(1e-9));
		assertThat(cycle.dischargeCapacityMilliampHours()).isCloseTo(900, within(1e-9));
		assertThat(cycle.coulombicEfficiencyPercent()).isCloseTo(90, within(1e-9));
		// 4 V × 1 A × 1 h and 3.5 V × 1 A × 0.9 h
		assertThat(cycle.chargeEnergyMilliwattHours()).isCloseTo(4000, within(1e-9));
		assertThat(cycle.dischargeEnergyMilliwattHours()).isCloseTo(3150, within(1e-9));
		assertThat(cycle.energyEfficiencyPercent()).isCloseTo(78.75, within(1e-9));
		assertThat(cycle.meanChargeVoltageVolts()).isCloseTo(4.0, within(1e-12));
		assertThat(cycle.meanDischargeVoltageVolts()).isCloseTo(3.5, within(1e-12));
		assertThat(cycle.endOfChargeVoltageVolts()).isEqualTo(4.0);
		assertThat(cycle.endOfDischargeVoltageVolts()).isEqualTo(3.5);
		assertThat(cycle.durationSeconds()).isCloseTo(6840, within(1e-9));
		assertThat(List.of(cycle.chargeHalfCycles(), cycle.dischargeHalfCycles())).containsExactly(1, 1);
	}

	@Test
	void countersThatRunOnOverTheWholeTestAndFilesWithoutCountersGiveTheSameCycles() {
		CycleAnalysis cumulative = new CycleAnalysis();
		feed(cumulative, cycle(1, 0, true));
		feed(cumulative, shifted(cycle(2, 7200, true), 1.0, 0.9));
		CycleAnalysis integrated = new CycleAnalysis();
		feed(integrated, cycle(1, 0, false));
		feed(integrated, cycle(2, 7200, false));

		for (CycleAnalysis analysis : List.of(cumulative, integrated)) {
			assertThat(analysis.result().cycles()).extracting(CycleMetrics::chargeCapacityMilliampHours)
				.allSatisfy(mah -> assertThat(mah).isCloseTo(1000, within(1e-9)));
			assertThat(analysis.result().cycles()).extracting(CycleMetrics::dischargeCapacityMilliampHours)
				.allSatisfy(mah -> assertThat(mah).isCloseTo(900, within(1e-9)));
		}
	}

	@Test
	void aCycleLoopingSeveralChargeDischargePairsReportsItsLargestHalfCycles() {
		CycleAnalysis analysis = new CycleAnalysis();
		feed(analysis, cycle(1, 0, true));
		feed(analysis, scaled(cycle(1, 7200, true), 0.5));
		feed(analysis, cycle(2, 14400, true));

		CycleMetrics cycle = analysis.result().cycles().get(0);

		assertThat(analysis.result().cycles()).extracting(CycleMetrics::cycle).containsExactly(1, 2);
		assertThat(cycle.chargeCapacityMilliampHours()).isCloseTo(1000, within(1e-9));
		assertThat(cycle.dischargeCapacityMilliampHours()).isCloseTo(900, within(1e-9));
		assertThat(List.of(cycle.chargeHalfCycles(), cycle.dischargeHalfCycles())).containsExactly(2, 2);
		assertThat(cycle.durationSeconds()).isCloseTo(14400, within(1e-9));
	}

	@Test
	void derivesCyclesChargeFirstWhenTheFileNumbersNone() {
		CycleAnalysis analysis = new CycleAnalysis();
		feed(analysis, cycle(0, 0, true));
		feed(analysis, cycle(0, 7200, true));
		feed(analysis, cycle(0, 14400, true));

		CycleTable table = analysis.result();

		assertThat(table.cyclesDerived()).isTrue();
		assertThat(table.cycles()).extracting(CycleMetrics::cycle).containsExactly(1, 2, 3);
		assertThat(table.complete()).hasSize(3);
		assertThat(table.rows()).isEqualTo(27);
	}

	@Test
	void matchesTheOraclesPerCycleCapacitiesOfRealMaccorExports() throws IOException {
		Path fixtures = SharedFixtures.directory();
		CycleTable tesla = table(fixtures.resolve("maccor/beep/xTESLADIAG_000019_CH70.070"));
		CycleMetrics first = tesla.cycles().stream().filter(c -> c.cycle() == 1).findFirst().orElseThrow();
		assertThat(first.chargeCapacityMilliampHours()).isCloseTo(3191.088, within(1e-2));
		assertThat(first.dischargeCapacityMilliampHours()).isCloseTo(3191.85, within(1e-2));
		assertThat(first.coulombicEfficiencyPercent()).isCloseTo(100 * 3191.85 / 3191.088, within(1e-3));
		assertThat(first.meanDischargeVoltageVolts()).isBetween(3.0, 4.2);

		CycleTable continued = table(fixtures.resolve("maccor/beep/xTESLADIAG_000038con.078"));
		assertThat(continued.cycles().stream().filter(c -> c.cycle() == 1).findFirst().orElseThrow()
			.dischargeCapacityMilliampHours()).isCloseTo(4411.196, within(1e-2));
	}

	@Test
	void readsTheBundledMaccorExampleWithoutCurrentAsRestOnly() throws IOException {
		CycleTable table = table(Path.of("src/test/resources/instrument/maccor/maccor_example.001"));

		assertThat(table.rows()).isEqualTo(8);
		assertThat(table.complete()).isEmpty();
		assertThat(table.cycles()).allSatisfy(c -> assertThat(c.chargeCapacityMilliampHours()).isZero());
	}

	private static CycleTable table(Path file) throws IOException {
		assertThat(Files.isRegularFile(file)).as(file.toString()).isTrue();
		CycleAnalysis analysis = new CycleAnalysis();
		InstrumentParsers.parse(file, analysis);
		return analysis.result();
	}

	private static void feed(CycleAnalysis analysis, List<TimeSeriesRow> rows) {
		rows.forEach(analysis::row);
	}

	/** A rest sample, 4 charge samples (1 A, 4 V) and 4 discharge samples (1 A, 3.5 V; the last after 0.15 h). */
	static List<TimeSeriesRow> cycle(int cycle, double start, boolean counters) {
		return List.of(row(cycle, start, StepKind.REST, 0, 3.8, Double.NaN, Double.NaN),
				row(cycle, start + 900, StepKind.CHARGE, 1, 4.0, counters ? 0.25 : Double.NaN, Double.NaN),
				row(cycle, start + 1800, StepKind.CHARGE, 1, 4.0, counters ? 0.5 : Double.NaN, Double.NaN),
				row(cycle, start + 2700, StepKind.CHARGE, 1, 4.0, counters ? 0.75 : Double.NaN, Double.NaN),
				row(cycle, start + 3600, StepKind.CHARGE, 1, 4.0, counters ? 1.0 : Double.NaN, Double.NaN),
				row(cycle, start + 4500, StepKind.DISCHARGE, -1, 3.5, Double.NaN, counters ? 0.25 : Double.NaN),
				row(cycle, start + 5400, StepKind.DISCHARGE, -1, 3.5, Double.NaN, counters ? 0.5 : Double.NaN),
				row(cycle, start + 6300, StepKind.DISCHARGE, -1, 3.5, Double.NaN, counters ? 0.75 : Double.NaN),
				row(cycle, start + 6840, StepKind.DISCHARGE, -1, 3.5, Double.NaN, counters ? 0.9 : Double.NaN));
	}

	private static List<TimeSeriesRow> scaled(List<TimeSeriesRow> rows, double factor) {
		return rows.stream()
			.map(r -> row(r.cycle(), r.testTimeSeconds(), r.kind(), r.currentAmperes() * factor, r.voltageVolts(),
					r.chargeCapacityAmpHours() * factor, r.dischargeCapacityAmpHours() * factor))
			.toList();
	}

	private static List<TimeSeriesRow> shifted(List<TimeSeriesRow> rows, double charge, double discharge) {
		return rows.stream()
			.map(r -> row(r.cycle(), r.testTimeSeconds(), r.kind(), r.currentAmperes(), r.voltageVolts(),
					r.chargeCapacityAmpHours() + charge, r.dischargeCapacityAmpHours() + discharge))
			.toList();
	}

	private static TimeSeriesRow row(int cycle, double seconds, StepKind kind, double amperes, double volts,
			double chargeAh, double dischargeAh) {
		return new TimeSeriesRow(1, seconds, cycle, 1, kind.name(), kind, amperes, volts, chargeAh, dischargeAh,
				Double.NaN, null, ExtraColumns.NONE);
	}

}
