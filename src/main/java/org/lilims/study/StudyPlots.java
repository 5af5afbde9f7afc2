package org.lilims.study;

import java.util.List;

/**
 * Which of the study page's data plots have something to show, from the included cells of its summary: a study of
 * symmetric cells gets no state-of-health chart, one without impedance data no Nyquist plot, and the page fetches
 * nothing for them.
 *
 * @param fullCells state of health, coulombic efficiency and full-cell voltage profiles
 * @param symmetricCells symmetric-cell voltage profiles and voltage windows
 * @param impedance R_int per cycle and the Nyquist plot
 * @param coatedAnodes deposition rate and thickness of the coating runs behind the cells
 */
record StudyPlots(boolean fullCells, boolean symmetricCells, boolean impedance, boolean coatedAnodes) {

	static StudyPlots of(StudySummary summary) {
		List<StudySummary.Cell> included = summary.arms()
			.stream()
			.flatMap(arm -> arm.cells().stream())
			.filter(StudySummary.Cell::included)
			.toList();
		return new StudyPlots(included.stream().anyMatch(cell -> "FULL_CELL".equals(cell.configuration())),
				included.stream().anyMatch(cell -> "SYMMETRIC".equals(cell.configuration())),
				included.stream().anyMatch(StudySummary.Cell::impedanceData),
				included.stream().anyMatch(cell -> !ArmDefinition.UNCOATED.equals(cell.anodeCoating())));
	}

}
