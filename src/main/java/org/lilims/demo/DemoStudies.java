package org.lilims.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.lilims.simulator.CoatingStudyScenario;
import org.lilims.simulator.CoatingStudyScenario.Arm;
import org.lilims.study.StudyRequests.NewArm;
import org.lilims.study.StudyRequests.NewStudy;

/**
 * The studies the demo defines over its cells, as a PI would in the browser: the coating arms (Li_rp uncoated, Li_LN,
 * Li_LZLN) of the symmetric cells crossed with the scenario's current densities, and of the full cells, each against
 * Li_rp.
 */
final class DemoStudies {

	static final String REFERENCE = "Li_rp";

	static final String SYMMETRIC_STUDY = "Coatings × current density, Li||Li (demo)";

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
		NewStudy full = new NewStudy("Coatings, NMC622||Li (demo)",
				"State of health, capacity and coulombic efficiency of full cells per coating; "
						+ CoatingStudyScenario.SIMULATED_LABEL + ".",
				null, List.of("soh80Cycle", "initialSpecificDischargeCapacityMahPerG",
						"averageCoulombicEfficiencyPercent"),
				REFERENCE, arms("FULL_CELL"), List.of());
		return List.of(symmetric, full);
	}

	private static List<NewArm> arms(String configuration) {
		return java.util.Arrays.stream(Arm.values())
			.map(arm -> new NewArm(arm.code(), (arm == Arm.LI_RP) ? "NONE" : arm.code().replace("Li_", ""),
					configuration, null))
			.toList();
	}

}
