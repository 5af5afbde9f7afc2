package org.lilims.analysis.symmetric;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lilims.simulator.SimulatedFiles;
import org.lilims.simulator.SymmetricCellGroundTruth;
import org.lilims.simulator.SymmetricCellParameters;
import org.lilims.simulator.SymmetricCellSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Simulated cells with known ground truth, written as MACCOR text exports and read back by the instrument module's
 * parser, as the lab's files will be. Voltages carry 0.5 mV of noise and are recorded every 10 s or 2 mV.
 */
class SymmetricCellAnalysisGroundTruthTests {

	@Test
	void recoversACycleLifeOf200FromACellWhoseVoltageReachesTheCutOffInCycle201() throws IOException {
		SymmetricCellSimulator simulator = new SymmetricCellSimulator(SymmetricCellParameters.defaults());
		SymmetricCellGroundTruth truth = simulator.groundTruth();

		SymmetricCellMetrics metrics = analyse(simulator);

		assertThat(truth.cycleLife()).isEqualTo(200);
		assertThat(metrics.cycleLife()).isEqualTo(new CycleLife(200, CycleLifeEnd.CUT_OFF_REACHED));
		assertThat(metrics.softShort()).isNull();
		assertThat(metrics.symmetricPolarity()).isTrue();
		assertThat(metrics.cycles()).hasSize(200);
		assertHalfCyclesMatch(metrics.halfCycles(), truth.halfCycles());
	}

	@Test
	void recoversTheNucleationOvervoltageWithinTheNoise() throws IOException {
		SymmetricCellSimulator simulator = new SymmetricCellSimulator(
				SymmetricCellParameters.defaults().toBuilder().cycleLife(20).cyclesToRun(10).build());
		SymmetricCellGroundTruth truth = simulator.groundTruth();

		NucleationOvervoltage nucleation = analyse(simulator).nucleation();

		assertThat(nucleation).isNotNull();
		assertThat(nucleation.halfCycleIndex()).isEqualTo(1);
		assertThat(nucleation.overvoltageVolts()).isCloseTo(0.26, within(0.003));
		assertThat(nucleation.tipVolts()).isCloseTo(truth.nucleationTipVolts(), within(0.003));
		assertThat(nucleation.plateauVolts()).isCloseTo(truth.nucleationPlateauVolts(), within(0.0005));
		assertThat(nucleation.tipSeconds()).isBetween(0.5, 5.0);
	}

	@Test
	void detectsASoftShortAndDoesNotCountTheLowVoltageCyclesAfterItAsLife() throws IOException {
		SymmetricCellSimulator simulator = new SymmetricCellSimulator(SymmetricCellParameters.defaults()
			.toBuilder()
			.cycleLife(300)
			.cyclesToRun(160)
			.softShortCycle(120)
			.build());
		SymmetricCellGroundTruth truth = simulator.groundTruth();

		SymmetricCellMetrics metrics = analyse(simulator);

		assertThat(truth.outcome()).isEqualTo(SymmetricCellGroundTruth.Outcome.SOFT_SHORT);
		assertThat(metrics.softShort()).isNotNull().satisfies((s) -> assertThat(s.cycle()).isEqualTo(120));
		assertThat(metrics.cycleLife()).isEqualTo(new CycleLife(119, CycleLifeEnd.SOFT_SHORT));
		assertThat(metrics.cycles()).hasSize(160);
		assertThat(metrics.growth()).isNotNull().satisfies((g) -> assertThat(g.lastCycle()).isEqualTo(119));
	}

	@Test
	void reportsACellStoppedBeforeItFailedAsCensoredWithItsCompletedCyclesAsALowerBound() throws IOException {
		SymmetricCellSimulator simulator = new SymmetricCellSimulator(
				SymmetricCellParameters.defaults().toBuilder().cycleLife(300).cyclesToRun(150).build());

		SymmetricCellMetrics metrics = analyse(simulator);

		assertThat(simulator.groundTruth().outcome()).isEqualTo(SymmetricCellGroundTruth.Outcome.STILL_CYCLING);
		assertThat(metrics.cycleLife()).isEqualTo(new CycleLife(150, CycleLifeEnd.CENSORED));
		assertThat(metrics.cycleLife()).hasToString("≥ 150");
		assertThat(metrics.softShort()).isNull();
	}

	@Test
	void recoversEachScatteredCellsOwnCycleLifeAndOverpotentialGrowthWithRestsBetweenHalfCycles() throws IOException {
		SymmetricCellParameters base = SymmetricCellParameters.defaults()
			.toBuilder()
			.cycleLife(60)
			.cyclesToRun(100)
			.restSeconds(300)
			.overpotentialGrowthVoltsPerCycle(0.0005)
			.build();
		for (long cell = 1; cell <= 4; cell++) {
			SymmetricCellSimulator simulator = new SymmetricCellSimulator(base.scattered(cell, 0.2));
			SymmetricCellGroundTruth truth = simulator.groundTruth();

			SymmetricCellMetrics metrics = analyse(simulator);

			assertThat(metrics.cycleLife()).as("cell %d", cell)
				.isEqualTo(new CycleLife(truth.cycleLife(), CycleLifeEnd.CUT_OFF_REACHED));
			assertHalfCyclesMatch(metrics.halfCycles(), truth.halfCycles());
			double first = cycleMean(truth, 1);
			double last = cycleMean(truth, truth.cycleLife());
			assertThat(metrics.growth()).isNotNull().satisfies((g) -> {
				assertThat(g.lastCycle()).isEqualTo(truth.cycleLife());
				assertThat(g.firstVolts()).isCloseTo(first, within(0.0005));
				assertThat(g.lastVolts()).isCloseTo(last, within(0.0005));
				assertThat(g.changeMillivolts()).isCloseTo(1000 * (last - first), within(0.7));
			});
		}
	}

	private static void assertHalfCyclesMatch(List<HalfCycleMetrics> measured,
			List<SymmetricCellGroundTruth.HalfCycle> truth) {
		assertThat(measured).hasSameSizeAs(truth);
		for (int i = 0; i < truth.size(); i++) {
			SymmetricCellGroundTruth.HalfCycle expected = truth.get(i);
			HalfCycleMetrics actual = measured.get(i);
			assertThat(actual.cycle()).isEqualTo(expected.cycle());
			assertThat(actual.direction())
				.isEqualTo(expected.plating() ? HalfCycleDirection.PLATING : HalfCycleDirection.STRIPPING);
			assertThat(actual.complete()).as("half-cycle %d complete", i + 1).isEqualTo(expected.complete());
			assertThat(actual.chargeMilliampHours()).as("half-cycle %d charge", i + 1)
				.isCloseTo(expected.chargeMilliampHours(), within(1e-4 * expected.chargeMilliampHours()));
			if (expected.complete()) {
				assertThat(actual.plateauVolts()).as("half-cycle %d plateau", i + 1)
					.isCloseTo(expected.plateauVolts(), within(0.0005));
			}
		}
	}

	// the mean plateau of a cycle's plating and stripping
	private static double cycleMean(SymmetricCellGroundTruth truth, int cycle) {
		return truth.halfCycles()
			.stream()
			.filter((h) -> h.cycle() == cycle)
			.mapToDouble(SymmetricCellGroundTruth.HalfCycle::plateauVolts)
			.average()
			.orElseThrow();
	}

	private static SymmetricCellMetrics analyse(SymmetricCellSimulator simulator) throws IOException {
		SymmetricCellAnalysis analysis = new SymmetricCellAnalysis();
		SimulatedFiles.parseMaccorText(simulator, "LL-0001", analysis);
		return analysis.result();
	}

}
