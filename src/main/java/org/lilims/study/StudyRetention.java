package org.lilims.study;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import org.lilims.analysis.AnalysisApi;
import org.lilims.analysis.CycleRow;
import org.lilims.study.statistics.Descriptive;

/**
 * State of health and coulombic efficiency against cycle for every included cell of a study's arms, with each arm's
 * mean and standard deviation per cycle (over the cells that reached that cycle): the retention and CE plots with arm
 * bands and the SOH 80 % line.
 *
 * @param arms the arms with state-of-health data (full cells)
 */
record StudyRetention(List<ArmCurves> arms) {

	/**
	 * @param name the arm
	 * @param index its position among the study's arms (its colour on every chart)
	 * @param cells its included cells' curves
	 * @param meanCycles cycles of the arm's mean curves
	 * @param meanSohPercent the mean state of health at those cycles
	 * @param sdSohPercent its sample standard deviation (0 with one cell)
	 * @param meanCoulombicEfficiencyPercent the mean coulombic efficiency at those cycles (NaN where no cell has one)
	 * @param sdCoulombicEfficiencyPercent its sample standard deviation
	 */
	record ArmCurves(String name, int index, List<CellCurve> cells, int[] meanCycles, double[] meanSohPercent,
			double[] sdSohPercent, double[] meanCoulombicEfficiencyPercent, double[] sdCoulombicEfficiencyPercent) {
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
		for (int index = 0; index < summary.arms().size(); index++) {
			StudySummary.Arm arm = summary.arms().get(index);
			List<CellCurve> cells = new ArrayList<>();
			TreeMap<Integer, List<CycleRow>> byCycle = new TreeMap<>();
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
				rows.forEach(row -> byCycle.computeIfAbsent(row.cycle(), c -> new ArrayList<>()).add(row));
			}
			if (cells.isEmpty()) {
				continue;
			}
			int[] cycles = byCycle.keySet().stream().mapToInt(Integer::intValue).toArray();
			ToDoubleFunction<CycleRow> soh = CycleRow::stateOfHealthPercent;
			ToDoubleFunction<CycleRow> ce = CycleRow::coulombicEfficiencyPercent;
			arms.add(new ArmCurves(arm.name(), index, cells, cycles, per(byCycle, soh, false), per(byCycle, soh, true),
					per(byCycle, ce, false), per(byCycle, ce, true)));
		}
		return new StudyRetention(arms);
	}

	/** Each cycle's mean (or sample standard deviation) of a quantity over the cells with a finite value. */
	private static double[] per(TreeMap<Integer, List<CycleRow>> byCycle, ToDoubleFunction<CycleRow> quantity,
			boolean sd) {
		return byCycle.values()
			.stream()
			.mapToDouble(rows -> Descriptive.of(rows.stream().mapToDouble(quantity).filter(Double::isFinite).toArray())
				.map(stats -> sd ? stats.sd() : stats.mean())
				.orElse(Double.NaN))
			.toArray();
	}

}
