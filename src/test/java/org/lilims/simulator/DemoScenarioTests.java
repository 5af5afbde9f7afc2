package org.lilims.simulator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import org.lilims.simulator.CoatingStudyScenario.Arm;
import org.lilims.simulator.CoatingStudyScenario.Cell;
import org.lilims.simulator.CoatingStudyScenario.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The scenario's structure and its ground truth (no files written): arm means follow the paper.
 */
class DemoScenarioTests {

	private static final CoatingStudyScenario SCENARIO = CoatingStudyScenario.create();

	@Test
	void listsEverythingALoaderBuildsWithUniqueCodesAndFileNames() {
		assertThat(SCENARIO.arms()).extracting(Arm::code).containsExactly("Li_rp", "Li_LN", "Li_LZLN");
		assertThat(SCENARIO.coatingRuns()).hasSize(2);
		assertThat(SCENARIO.cells()).hasSize(3 * 3 * 3 + 3 * 3 + 3 * 3 + 3 * 2);
		assertThat(SCENARIO.postMortems()).hasSize(6).allSatisfy((pm) -> {
			Cell cell = SCENARIO.cells(CoatingStudyScenario.Purpose.POST_MORTEM)
				.stream()
				.filter((c) -> c.code().equals(pm.cellCode()))
				.findFirst()
				.orElseThrow();
			assertThat(cell.symmetricTruth().completedCycles()).isEqualTo(pm.afterCycles());
			assertThat(pm.performed()).isAfter(cell.cyclingFile().localStart());
			assertThat(pm.observations()).startsWith("SIMULATED");
			assertThat(pm.images()).isNotEmpty()
				.allSatisfy((image) -> assertThat(new String(image.content(), java.nio.charset.StandardCharsets.UTF_8))
					.contains("SIMULATED placeholder"));
		});
		assertThat(SCENARIO.postMortems()).extracting(CoatingStudyScenario.PostMortem::afterCycles)
			.containsOnly(25, 50);
		for (Arm arm : Arm.values()) {
			for (double j : CoatingStudyScenario.CURRENT_DENSITIES) {
				assertThat(SCENARIO.cells(arm, Configuration.SYMMETRIC_LI_LI, j)).hasSize(3);
			}
			assertThat(SCENARIO.cells(arm, Configuration.NMC622_LI, null)).hasSize(3);
			assertThat(SCENARIO.impedanceCells(arm)).hasSize(3)
				.allSatisfy((cell) -> assertThat(cell.impedanceFiles()).hasSize(8));
		}
		Set<String> lots = new HashSet<>();
		SCENARIO.lots().forEach((lot) -> assertThat(lots.add(lot.code())).isTrue());
		assertThat(lots).contains(SCENARIO.rollPressing().inputLotCode(), SCENARIO.rollPressing().outputLotCode());
		SCENARIO.coatingRuns().forEach((run) -> assertThat(lots).contains(run.substrateLotCode(), run.outputLotCode()));
		SCENARIO.electrodeBatches().forEach((batch) -> assertThat(lots).contains(batch.parentLotCode()));
		Set<String> batches = new HashSet<>();
		SCENARIO.electrodeBatches().forEach((batch) -> batches.add(batch.code()));
		Set<String> codes = new HashSet<>();
		for (Cell cell : SCENARIO.cells()) {
			assertThat(codes.add(cell.code())).isTrue();
			assertThat(batches).contains(cell.anodeBatchCode());
			assertThat(lots).contains(cell.electrolyteLotCode(), cell.separatorLotCode());
			assertThat(cell.cyclingFile().kind()).isEqualTo(SimulatedFile.Kind.CYCLING);
			assertThat(cell.files()).allSatisfy((f) -> assertThat(f.ownerCode()).isEqualTo(cell.code()));
		}
		Set<String> names = new HashSet<>();
		SCENARIO.files().forEach((f) -> assertThat(names.add(f.fileName())).as(f.fileName()).isTrue());
		assertThat(CoatingStudyScenario.assumptions()).isNotEmpty();
		assertThat(SCENARIO.anodeLotCode(Arm.LI_RP)).isEqualTo(SCENARIO.rollPressing().outputLotCode());
		assertThat(SCENARIO.anodeLotCode(Arm.LI_LZLN)).isEqualTo(SCENARIO.coatingRuns().get(1).outputLotCode());
	}

	@Test
	void anotherSeedWithFiveReplicatesBuildsAndKeepsTheArmMeans() {
		CoatingStudyScenario other = CoatingStudyScenario.create(1, 5);

		assertThat(other.cells(Arm.LI_LN, Configuration.SYMMETRIC_LI_LI, 2.0)).hasSize(5);
		assertThat(other.cells(Arm.LI_LZLN, Configuration.SYMMETRIC_LI_LI, 1.0)
			.stream()
			.mapToInt((c) -> c.symmetricTruth().cycleLife())
			.average()
			.orElseThrow()).isCloseTo(360, within(2.0));
		assertThat(other.cells(Arm.LI_RP, Configuration.NMC622_LI, null)
			.stream()
			.mapToInt((c) -> c.fullCellTruth().soh80Cycle())
			.average()
			.orElseThrow()).isCloseTo(70, within(1.0));
	}

	@Test
	void coatingRunsFollowThePaper() {
		CoatingStudyScenario.CoatingRun ln = SCENARIO.coatingRuns().get(0);
		CoatingStudyScenario.CoatingRun lzln = SCENARIO.coatingRuns().get(1);
		assertThat(ln.layers()).containsExactly(new DepositionLayer("Li", 100, 0.2));
		assertThat(lzln.layers()).containsExactly(new DepositionLayer("Zn", 300, 0.5), new DepositionLayer("Li", 100, 0.2));
		assertThat(lzln.nitridation().pressureMillibar()).isEqualTo(500);
		assertThat(lzln.nitridation().durationSeconds()).isEqualTo(180);
		assertThat(new String(lzln.log().bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("SIMULATED");
	}

	@Test
	void symmetricCellLivesFollowThePaperAsArmMeans() {
		double rp = meanLife(Arm.LI_RP, 1.0);
		double ln = meanLife(Arm.LI_LN, 1.0);
		double lzln = meanLife(Arm.LI_LZLN, 1.0);
		assertThat(rp).isCloseTo(200, within(20.0));
		assertThat(lzln).isCloseTo(360, within(36.0));
		assertThat(lzln / rp).isCloseTo(1.8, within(0.05));
		assertThat(ln).isBetween(rp, lzln);
		assertThat(meanLife(Arm.LI_LZLN, 2.0) / meanLife(Arm.LI_RP, 2.0)).isCloseTo(1.42, within(0.05));
		for (Arm arm : Arm.values()) {
			assertThat(meanLife(arm, 0.5)).isGreaterThan(meanLife(arm, 1.0));
			assertThat(meanLife(arm, 2.0)).isLessThan(meanLife(arm, 1.0));
		}
		assertThat(SCENARIO.cells()).filteredOn((c) -> c.symmetricTruth() != null && c.purpose() == CoatingStudyScenario.Purpose.CYCLE_LIFE)
			.allSatisfy((c) -> assertThat(c.symmetricTruth().outcome())
				.isEqualTo(SymmetricCellGroundTruth.Outcome.CUT_OFF_REACHED));
	}

	@Test
	void nucleationOvervoltagesFollowThePaperAsArmMeans() {
		ToDoubleFunction<Cell> nucleation = (c) -> c.symmetricTruth().nucleationOvervoltageVolts();
		assertThat(mean(Arm.LI_RP, nucleation)).isCloseTo(0.26, within(0.005));
		assertThat(mean(Arm.LI_LN, nucleation)).isCloseTo(0.19, within(0.005));
		assertThat(mean(Arm.LI_LZLN, nucleation)).isCloseTo(0.20, within(0.005));
	}

	@Test
	void fullCellsReachSoh80AsThePaperReportsFromAbout160MilliampHoursPerGram() {
		int[] expected = { 70, 71, 105 };
		for (Arm arm : Arm.values()) {
			List<Cell> cells = SCENARIO.cells(arm, Configuration.NMC622_LI, null);
			double soh80 = cells.stream().mapToInt((c) -> c.fullCellTruth().soh80Cycle()).average().orElseThrow();
			assertThat(soh80).as(arm.code()).isCloseTo(expected[arm.ordinal()], within(1.0));
			for (Cell cell : cells) {
				double first = cell.fullCellTruth().cycles().get(0).dischargeAmpHours() * 1e6
						/ cell.cathodeActiveMassMilligrams();
				assertThat(first).isCloseTo(160, within(5.0));
			}
		}
	}

	@Test
	void interphaseResistanceIsHigherOnCoatedLithiumAtFirstThenFallsForLnAndSettlesForLzln() {
		double[] rp = rInt(Arm.LI_RP);
		double[] ln = rInt(Arm.LI_LN);
		double[] lzln = rInt(Arm.LI_LZLN);
		assertThat(ln[0]).isGreaterThan(rp[0]);
		assertThat(lzln[0]).isGreaterThan(rp[0]);
		for (int i = 1; i < ln.length; i++) {
			assertThat(ln[i]).isLessThan(ln[i - 1]);
		}
		// from cycle 10 (index 3) on, within 5 % of its cycle-10 value
		for (int i = 3; i < lzln.length; i++) {
			assertThat(lzln[i]).isCloseTo(lzln[3], within(0.05 * lzln[3]));
		}
	}

	private static double[] rInt(Arm arm) {
		return SCENARIO.impedanceCell(arm)
			.impedanceTruth()
			.stream()
			.mapToDouble((t) -> t.circuit().interphaseResistanceOhms())
			.toArray();
	}

	private static double meanLife(Arm arm, double density) {
		return SCENARIO.cells(arm, Configuration.SYMMETRIC_LI_LI, density)
			.stream()
			.mapToInt((c) -> c.symmetricTruth().cycleLife())
			.average()
			.orElseThrow();
	}

	private static double mean(Arm arm, ToDoubleFunction<Cell> metric) {
		return SCENARIO.cells(arm, Configuration.SYMMETRIC_LI_LI, 1.0).stream().mapToDouble(metric).average().orElseThrow();
	}

}
