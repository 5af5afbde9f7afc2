package org.lilims.study;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.lilims.analysis.Curve;

/**
 * Curves of a study's included cells grouped by arm (R_int per cycle, voltage profiles, voltage windows), as the
 * analysis API returns them, thinned on the server.
 *
 * @param panels the side-by-side panels the curves belong to, by their label (one empty label for a single panel)
 * @param arms the arms with at least one curve
 */
record StudyCurves(List<String> panels, List<ArmCurves> arms) {

	/**
	 * @param name the arm
	 * @param index its position among the study's arms (its colour on every chart)
	 * @param cells its included cells with curves
	 */
	record ArmCurves(String name, int index, List<CellCurves> cells) {
	}

	/**
	 * @param code the cell
	 * @param curves its curves
	 */
	record CellCurves(String code, List<Curve> curves) {
	}

	/** The curves of every included cell that passes the filter; cells and arms without a point are left out. */
	static StudyCurves of(StudySummary summary, List<String> panels, Predicate<StudySummary.Cell> filter,
			Function<String, List<Curve>> curvesOfCell) {
		List<ArmCurves> arms = new ArrayList<>();
		for (int index = 0; index < summary.arms().size(); index++) {
			StudySummary.Arm arm = summary.arms().get(index);
			List<CellCurves> cells = new ArrayList<>();
			for (StudySummary.Cell cell : arm.cells()) {
				if (cell.included() && filter.test(cell)) {
					List<Curve> curves = curvesOfCell.apply(cell.code())
						.stream()
						.filter(curve -> curve.x().length > 0)
						.toList();
					if (!curves.isEmpty()) {
						cells.add(new CellCurves(cell.code(), curves));
					}
				}
			}
			if (!cells.isEmpty()) {
				arms.add(new ArmCurves(arm.name(), index, cells));
			}
		}
		return new StudyCurves(panels, arms);
	}

}
