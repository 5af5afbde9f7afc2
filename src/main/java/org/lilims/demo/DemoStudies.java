package org.lilims.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lilims.simulator.CoatingStudyScenario;
import org.lilims.simulator.CoatingStudyScenario.Arm;
import org.lilims.study.StudyRequests.NewArm;
import org.lilims.study.StudyRequests.NewStudy;

/**
 * The studies the demo defines over its cells, as a PI would in the browser: the coating arms (Li_rp uncoated, Li_LN,
 * Li_LZLN) of the symmetric cells crossed with the scenario's current densities, of the full cells, and of the
 * symmetric cells at 1.0 mA/cm² compared on their R_int series (only the impedance-series cells count there), each
 * against Li_rp.
 */
final class DemoStudies {

	static final String REFERENCE = "Li_rp";

	static final String SYMMETRIC_STUDY = "Coatings × current density, Li||Li (demo)";

	static final String FULL_CELL_STUDY = "Coatings, NMC622||Li (demo)";

	static final String INTERPHASE_STUDY = "Interphase resistance over cycling, Li||Li impedance series (demo)";

	private DemoStudies() {
	}

	static List<NewStudy> of(CoatingStudyScenario scenario) {
		List<BigDecimal> densities = scenario.cells()
			.stream()
			.map(CoatingStudyScenario.Cell::currentDensityMilliampPerCm2)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.map(BigDecimal::valueOf)
			.toList();
		NewStudy symmetric = new NewStudy(SYMMETRIC_STUDY,
				"Cycle life to the ±1.5 V cut-off and nucleation overvoltage of symmetric cells per coating and current "
						+ "density; " + CoatingStudyScenario.SIMULATED_LABEL + ".",
				null, List.of("cycleLife", "nucleationOvervoltageV", "overpotentialGrowthMvPerCycle"), REFERENCE,
				arms("SYMMETRIC"), densities);
		NewStudy full = new NewStudy(FULL_CELL_STUDY,
				"State of health, capacity and coulombic efficiency of full cells per coating; "
						+ CoatingStudyScenario.SIMULATED_LABEL + ".",
				null, List.of("soh80Cycle", "initialSpecificDischargeCapacityMahPerG",
						"averageCoulombicEfficiencyPercent"),
				REFERENCE, arms("FULL_CELL"), List.of());
		NewStudy interphase = new NewStudy(INTERPHASE_STUDY,
				"R_int of the impedance-series cells (Li||Li at 1.0 mA/cm², sweeps before cycling and after cycles "
						+ "1 to 50) per coating: before cycling, after 10 and 50 cycles, and its change; "
						+ CoatingStudyScenario.SIMULATED_LABEL + ".",
				null, List.of("interphaseResistanceCycle0Ohm", "interphaseResistanceAfter10CyclesOhm",
						"interphaseResistanceAfter50CyclesOhm", "interphaseResistanceChangePercent"),
				REFERENCE, arms("SYMMETRIC", BigDecimal.ONE), List.of());
		return List.of(symmetric, full, interphase);
	}

	private static List<NewArm> arms(String configuration) {
		return arms(configuration, null);
	}

	private static List<NewArm> arms(String configuration, @Nullable BigDecimal currentDensityMaPerCm2) {
		return java.util.Arrays.stream(Arm.values())
			.map(arm -> new NewArm(arm.code(), (arm == Arm.LI_RP) ? "NONE" : arm.code().replace("Li_", ""),
					configuration, currentDensityMaPerCm2))
			.toList();
	}

}
