package org.lilims.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lilims.instrument.CycleCapacity;
import org.lilims.instrument.CycleSummary;
import org.lilims.instrument.ParseSink;
import org.lilims.instrument.StepKind;
import org.lilims.instrument.TimeSeriesRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class FullCellSimulatorTests {

	// SOH below 80 % in cycle 30 of 36
	private static final FullCellParameters SHORT_LIFE = FullCellParameters.defaults().withLife(30, 36, 7);

	@Test
	void capacitiesReadBackFromTheExportEqualTheGroundTruthCycleByCycle() throws IOException {
		FullCellSimulator simulator = new FullCellSimulator(SHORT_LIFE);
		CycleSummary summary = new CycleSummary();
		SimulatedFiles.parseMaccorText(simulator, "FC-0001", summary);

		List<CycleCapacity> read = summary.cycles();
		List<FullCellGroundTruth.Cycle> truth = simulator.groundTruth().cycles();
		assertThat(read).hasSize(36).hasSameSizeAs(truth);
		for (int i = 0; i < truth.size(); i++) {
			assertThat(read.get(i).cycle()).isEqualTo(truth.get(i).cycle());
			assertThat(read.get(i).chargeCapacityAmpHours()).as("cycle %d charge", i + 1)
				.isCloseTo(truth.get(i).chargeAmpHours(), within(1e-6 * truth.get(i).chargeAmpHours()));
			assertThat(read.get(i).dischargeCapacityAmpHours()).as("cycle %d discharge", i + 1)
				.isCloseTo(truth.get(i).dischargeAmpHours(), within(1e-6 * truth.get(i).dischargeAmpHours()));
		}
	}

	@Test
	void stateOfHealthFirstFallsBelow80PercentInTheChosenCycle() throws IOException {
		for (long seed = 1; seed <= 5; seed++) {
			FullCellSimulator simulator = new FullCellSimulator(SHORT_LIFE.withLife(30, 36, seed));
			CycleSummary summary = new CycleSummary();
			SimulatedFiles.parseMaccorText(simulator, "FC-000" + seed, summary);

			List<CycleCapacity> cycles = summary.cycles();
			double reference = cycles.subList(0, 3)
				.stream()
				.mapToDouble(CycleCapacity::dischargeCapacityAmpHours)
				.max()
				.orElseThrow();
			int soh80 = cycles.stream()
				.filter((c) -> c.dischargeCapacityAmpHours() / reference < 0.8)
				.findFirst()
				.orElseThrow()
				.cycle();
			assertThat(soh80).as("seed %d", seed).isEqualTo(30).isEqualTo(simulator.groundTruth().soh80Cycle());
		}
	}

	@Test
	void theReferenceIsTheLargestDischargeOfTheFirstThreeCyclesAndTheFirstCycleIsActivating() {
		FullCellGroundTruth truth = new FullCellSimulator(FullCellParameters.defaults()).groundTruth();

		assertThat(truth.referenceCycle()).isBetween(2, 3);
		assertThat(truth.referenceDischargeAmpHours()).isEqualTo(truth.cycles()
			.subList(0, 3)
			.stream()
			.mapToDouble(FullCellGroundTruth.Cycle::dischargeAmpHours)
			.max()
			.orElseThrow());
		// 12 mg at 160 mAh/g
		assertThat(truth.cycles().get(1).dischargeAmpHours()).isCloseTo(0.00192, within(0.00192 * 0.002));
		assertThat(truth.cycles().get(0).coulombicEfficiency()).isCloseTo(0.88, within(1e-12));
		assertThat(truth.cycles().subList(1, truth.cycles().size()))
			.allSatisfy((c) -> assertThat(c.coulombicEfficiency()).isCloseTo(0.998, within(1e-12)));
		assertThat(truth.soh80Cycle()).isEqualTo(150);
		assertThat(truth.cycles().get(148).stateOfHealth()).isGreaterThanOrEqualTo(0.8);
		assertThat(truth.cycles().get(149).stateOfHealth()).isLessThan(0.8);
	}

	@Test
	void voltagesRiseOnChargeFromAbout3p6To4p3AndFallOnDischargeFromAbout4p2To3p0() throws IOException {
		List<TimeSeriesRow> rows = new ArrayList<>();
		SimulatedFiles.parseMaccorText(new FullCellSimulator(FullCellParameters.defaults().withLife(10, 3, 1)),
				"FC-0001", new ParseSink() {

					@Override
					public void row(TimeSeriesRow row) {
						rows.add(row);
					}

				});

		List<TimeSeriesRow> constantCurrentCharge = rows.stream().filter((row) -> row.step() == 2).toList();
		assertThat(constantCurrentCharge.get(0).voltageVolts()).isBetween(3.55, 3.65);
		assertThat(constantCurrentCharge.get(constantCurrentCharge.size() - 1).voltageVolts()).isEqualTo(4.3);
		List<TimeSeriesRow> hold = rows.stream().filter((row) -> row.step() == 3).toList();
		assertThat(hold).allSatisfy((row) -> assertThat(row.voltageVolts()).isCloseTo(4.3, within(0.003)));
		assertThat(hold.get(hold.size() - 1).currentAmperes())
			.isCloseTo(0.25 * hold.get(0).currentAmperes(), within(0.01 * hold.get(0).currentAmperes()));
		List<TimeSeriesRow> discharge = rows.stream().filter((row) -> row.kind() == StepKind.DISCHARGE).toList();
		assertThat(discharge.get(0).voltageVolts()).isBetween(4.15, 4.25);
		assertThat(discharge.get(discharge.size() - 1).voltageVolts()).isEqualTo(3.0);
		assertThat(discharge).allSatisfy((row) -> assertThat(row.voltageVolts()).isBetween(2.99, 4.25))
			.allSatisfy((row) -> assertThat(row.currentAmperes()).isNegative());
		assertThat(rows).filteredOn((row) -> row.kind() == StepKind.REST)
			.isNotEmpty()
			.allSatisfy((row) -> assertThat(row.currentAmperes()).isZero());
	}

	@Test
	void rejectsALinearFadeThatAloneReaches80PercentBeforeTheChosenCycle() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FullCellSimulator(fadingBy(0.01, 0.001)))
			.withMessageContaining("linear fade");
	}

	@Test
	void rejectsAScatterTooLargeForTheChosenCycle() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FullCellSimulator(fadingBy(0.0004, 0.05)))
			.withMessageContaining("lower the scatter");
	}

	// the defaults with another linear fade and capacity scatter
	private static FullCellParameters fadingBy(double linearFadePerCycle, double capacityScatter) {
		return new FullCellParameters(12, 160, 0.2, 0.88, 0.998, linearFadePerCycle, 150, 170, 0.05, 0.25, 600, 3600,
				60, 0.005, capacityScatter, 0.0005, 1);
	}

}
