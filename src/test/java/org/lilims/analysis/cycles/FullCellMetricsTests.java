package org.lilims.analysis.cycles;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * State of health, SOH80 and retention on a hand-checkable fade: discharge capacities 100, 102, 101, 95, 85, 82, 81,
 * 80.5 mAh with the reference 102 mAh (the best of the first three cycles).
 */
class FullCellMetricsTests {

	private static final double[] DISCHARGE = { 100, 102, 101, 95, 85, 82, 81, 80.5 };

	@Test
	void stateOfHealthIsRelativeToTheBestOfTheFirstThreeCycles() {
		FullCellMetrics metrics = metrics(FullCellParameters.defaults(0.0125, 1.131));

		assertThat(metrics.referenceCycle()).isEqualTo(2);
		assertThat(metrics.referenceDischargeCapacityMilliampHours()).isEqualTo(102);
		assertThat(metrics.stateOfHealth().get(4).percent()).isCloseTo(100 * 85 / 102.0, within(1e-9));
		// 82/102 = 80.4 %, 81/102 = 79.4 %: SOH80 at cycle 7; 85/102 = 83.3 % is the first below 90 %
		assertThat(metrics.cycleAt(80)).isEqualTo(7);
		assertThat(metrics.cycleAt(90)).isEqualTo(5);
		assertThat(metrics.cycleAt(70)).as("not reached: censored").isNull();
	}

	@Test
	void initialSpecificCapacityRetentionAndAverageCoulombicEfficiency() {
		FullCellMetrics metrics = metrics(new FullCellParameters(3, List.of(80.0), List.of(5, 50), 0.0125, 1.131));

		assertThat(metrics.initialDischargeCapacityMilliampHours()).isEqualTo(100);
		// 100 mAh from 12.5 mg of NMC622
		assertThat(metrics.initialSpecificDischargeCapacityMilliampHoursPerGram()).isCloseTo(8000, within(1e-9));
		assertThat(metrics.initialArealDischargeCapacityMilliampHoursPerCm2()).isCloseTo(100 / 1.131, within(1e-9));
		assertThat(metrics.retentionPercent()).containsOnlyKeys(5).containsEntry(5, 85.0);
		// the first cycle's 90 % is left out; the others are 99.5 %
		assertThat(metrics.averageCoulombicEfficiencyPercent()).isCloseTo(99.5, within(1e-9));
		assertThat(metrics.completeCycles()).isEqualTo(8);
	}

	@Test
	void noCompleteCycleGivesNoMetrics() {
		CycleTable table = new CycleTable(List.of(new CycleMetrics(1, 5, 0, Double.NaN, 20, 0, Double.NaN, 4, Double.NaN,
				4.2, Double.NaN, 0, 100, 1, 0)), false, 10);

		assertThat(FullCellMetrics.of(table, FullCellParameters.defaults(null, null))).isNull();
	}

	private static FullCellMetrics metrics(FullCellParameters parameters) {
		List<CycleMetrics> cycles = new ArrayList<>();
		for (int i = 0; i < DISCHARGE.length; i++) {
			double ce = (i == 0) ? 90 : 99.5;
			double charge = DISCHARGE[i] * 100 / ce;
			cycles.add(new CycleMetrics(i + 1, charge, DISCHARGE[i], ce, charge * 4, DISCHARGE[i] * 3.7, Double.NaN,
					4, 3.7, 4.3, 3.0, i * 36000.0, 36000, 1, 1));
		}
		return FullCellMetrics.of(new CycleTable(cycles, false, 100), parameters);
	}

}
