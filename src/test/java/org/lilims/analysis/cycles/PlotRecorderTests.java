package org.lilims.analysis.cycles;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the cell page plots: a thinned voltage series that keeps spikes, and per-cycle voltage profiles against the
 * charge passed in each half-cycle.
 */
class PlotRecorderTests {

	@Test
	void theDecimatorStaysSmallAndKeepsTheExtremes() {
		MinMaxDecimator decimator = new MinMaxDecimator(100);
		for (int i = 0; i < 1_000_000; i++) {
			double volts = (i == 654_321) ? 1.5 : (i == 123_456) ? -1.5 : 0.02 * Math.sin(i / 1000.0);
			decimator.add(i, volts);
		}

		double[][] points = decimator.points();

		assertThat(points[0].length).isBetween(100, 400);
		assertThat(points[1]).contains(1.5, -1.5);
		for (int i = 1; i < points[0].length; i++) {
			assertThat(points[0][i]).isGreaterThan(points[0][i - 1]);
		}
	}

	@Test
	void profilesHoldTheChargePassedSinceEachHalfCycleBeganAndTheEndVoltage() {
		PlotRecorder recorder = new PlotRecorder(1000);
		for (int cycle = 1; cycle <= 3; cycle++) {
			CycleAnalysisTests.cycle(cycle, (cycle - 1) * 7200.0, true).forEach(recorder::row);
		}

		List<VoltageProfile> profiles = recorder.profiles();

		assertThat(profiles).extracting(VoltageProfile::cycle).containsExactly(1, 2, 3);
		VoltageProfile first = profiles.get(0);
		// 1 A sampled every 15 min: 0, 250, 500, 750 mAh (the first charging sample starts the half-cycle)
		assertThat(first.chargeCapacityMah()).containsExactly(new double[] { 0, 250, 500, 750 }, within(1e-9));
		assertThat(first.dischargeVoltageV()).containsOnly(3.5);
		assertThat(recorder.voltageSeries()[0]).hasSize(27);
	}

}
