package org.lilims.analysis.cycles;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.lilims.simulator.FullCellGroundTruth;
import org.lilims.simulator.FullCellSimulator;
import org.lilims.simulator.SimulatedFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The full-cell metrics recover the simulator's ground truth through a MACCOR export and the real parser: SOH 80 % at
 * the simulated cycle, the reference cycle, the initial specific capacity and every cycle's capacities.
 */
class FullCellGroundTruthTests {

	@Test
	void recoversSoh80TheReferenceAndTheInitialSpecificCapacity() throws IOException {
		FullCellSimulator simulator = new FullCellSimulator(
				org.lilims.simulator.FullCellParameters.defaults().withLife(70, 90, 11));
		FullCellGroundTruth truth = simulator.groundTruth();
		CycleAnalysis analysis = new CycleAnalysis();
		SimulatedFiles.parseMaccorText(simulator, "CC-0001", analysis);
		double massGrams = truth.parameters().cathodeActiveMassMilligrams() / 1000;

		FullCellMetrics metrics = FullCellMetrics.of(analysis.result(), FullCellParameters.defaults(massGrams, null));

		assertThat(metrics.cycleAt(80)).isEqualTo(truth.soh80Cycle());
		assertThat(metrics.referenceCycle()).isEqualTo(truth.referenceCycle());
		FullCellGroundTruth.Cycle first = truth.cycles().get(0);
		assertThat(metrics.initialDischargeCapacityMilliampHours())
			.isCloseTo(1000 * first.dischargeAmpHours(), within(1e-3 * 1000 * first.dischargeAmpHours()));
		assertThat(metrics.initialSpecificDischargeCapacityMilliampHoursPerGram())
			.isCloseTo(1000 * first.dischargeAmpHours() / massGrams, within(0.5));
		for (FullCellGroundTruth.Cycle cycle : truth.cycles()) {
			CycleMetrics measured = analysis.result().cycles().stream()
				.filter(c -> c.cycle() == cycle.cycle()).findFirst().orElseThrow();
			assertThat(measured.dischargeCapacityMilliampHours())
				.isCloseTo(1000 * cycle.dischargeAmpHours(), within(2e-3 * 1000 * cycle.dischargeAmpHours()));
		}
	}

}
