package org.lilims.study;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.lilims.analysis.AnalysisApi;
import org.lilims.analysis.CycleRow;

/**
 * State of health against cycle for every included cell of a study's arms, with each arm's mean per cycle (over the
 * cells that reached that cycle): the retention plot with arm bands and the SOH 80 % line.
 *
 * @param arms the arms with state-of-health data (full cells)
 */
record StudyRetention(List<ArmCurves> arms) {

	/**
	 * @param name the arm
	 * @param cells its included cells' curves
	 * @param meanCycles cycles of the arm's mean curve
	 * @param meanSohPercent the mean state of health at those cycles
	 * @param sdSohPercent its sample standard deviation (0 with one cell)
	 */
	record ArmCurves(String name, List<CellCurve> cells, int[] meanCycles, double[] meanSohPercent,
			double[] sdSohPercent) {
	}

	/**
	 * @param code the cell
	 * @param cycles its complete cycles
	 * @param sohPercent state of health at those cycles
	 * @param coulombicEfficiencyPercent coulombic efficiency at those cycles
	 */
	record CellCurve(String code, int[] cycles, double[] sohPercent, double[] coulombicEfficiencyPercent) {
	}

	static StudyRetention of(StudySummary summary, AnalysisApi analysis) {
		List<ArmCurves> arms = new ArrayList<>();
		for (StudySummary.Arm arm : summary.arms()) {
			List<CellCurve> cells = new ArrayList<>();
			TreeMap<Integer, List<Double>> byCycle = new TreeMap<>();
			for (StudySummary.Cell cell : arm.cells()) {
				if (!cell.included()) {
					continue;
				}
				List<CycleRow> rows = analysis.cyclesOf(cell.code())
					.stream()
					.filter(row -> row.stateOfHealthPercent() != null)
					.toList();
				if (rows.isEmpty()) {
					continue;
				}
				cells.add(new CellCurve(cell.code(), rows.stream().mapToInt(CycleRow::cycle).toArray(),
						rows.stream().mapToDouble(CycleRow::stateOfHealthPercent).toArray(),
						rows.stream().mapToDouble(CycleRow::coulombicEfficiencyPercent).toArray()));
				rows.forEach(row -> byCycle.computeIfAbsent(row.cycle(), c -> new ArrayList<>())
					.add(row.stateOfHealthPercent()));
			}
			if (cells.isEmpty()) {
				continue;
			}
			int[] cycles = byCycle.keySet().stream().mapToInt(Integer::intValue).toArray();
			double[] means = byCycle.values().stream().mapToDouble(v -> mean(v)).toArray();
			double[] sds = byCycle.values().stream().mapToDouble(v -> sd(v)).toArray();
			arms.add(new ArmCurves(arm.name(), cells, cycles, means, sds));
		}
		return new StudyRetention(arms);
	}

	private static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

	private static double sd(List<Double> values) {
		if (values.size() < 2) {
			return 0;
		}
		double mean = mean(values);
		double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
		return Math.sqrt(squares / (values.size() - 1));
	}

}
