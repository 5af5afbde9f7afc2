package org.lilims.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lilims.instrument.FileMetadata;
import org.lilims.instrument.ParseSink;
import org.lilims.instrument.StepKind;
import org.lilims.instrument.TimeSeriesRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class SymmetricCellSimulatorTests {

	// fails in the plating of cycle 6 of 10
	private static final SymmetricCellParameters SHORT_LIFE = SymmetricCellParameters.defaults()
		.toBuilder()
		.cycleLife(5)
		.cyclesToRun(10)
		.build();

	@Test
	void writesAMaccorExportThatTheParserReadsBackLabelledSimulated() throws IOException {
		SymmetricCellSimulator simulator = new SymmetricCellSimulator(SHORT_LIFE);
		Rows rows = parse(simulator);

		FileMetadata metadata = rows.metadata;
		assertThat(metadata.procedure()).isEqualTo("SIMULATED-LiLi-1p00mA-0p50mAh.000");
		assertThat(metadata.procedureDescription()).startsWith("SIMULATED data (LiLIMS simulator, seed 1)");
		assertThat(metadata.comment()).isEqualTo("LL-0001");
		assertThat(metadata.channel()).isEqualTo(7);
		assertThat(metadata.startTime()).isEqualTo(SimulatedFiles.START);
		assertThat(rows.list).hasSize((int) MaccorTextWriter.write(simulator, OutputStream.nullOutputStream(),
				SimulatedFiles.header(simulator, "LL-0001")));
		assertThat(rows.list.get(0).kind()).isEqualTo(StepKind.REST);
		assertThat(rows.directions()).startsWith(StepKind.REST, StepKind.DISCHARGE, StepKind.CHARGE, StepKind.DISCHARGE)
			.hasSize(1 + 2 * 5 + 1);
	}

	@Test
	void platingIsNegativeAndStrippingPositiveInCurrentAndVoltage() throws IOException {
		Rows rows = parse(new SymmetricCellSimulator(SHORT_LIFE));

		assertThat(rows.list).filteredOn((row) -> row.kind() == StepKind.DISCHARGE)
			.allSatisfy((row) -> assertThat(row.voltageVolts()).isNegative())
			.allSatisfy((row) -> assertThat(row.currentAmperes()).isNegative())
			.allSatisfy((row) -> assertThat(row.state()).isEqualTo("D"));
		assertThat(rows.list).filteredOn((row) -> row.kind() == StepKind.CHARGE)
			.allSatisfy((row) -> assertThat(row.voltageVolts()).isPositive())
			.allSatisfy((row) -> assertThat(row.currentAmperes()).isPositive());
	}

	@Test
	void ampHoursRestartAtEachChangeOfDirectionAndReachTheHalfCycleCharge() throws IOException {
		SymmetricCellSimulator simulator = new SymmetricCellSimulator(SHORT_LIFE);
		List<List<TimeSeriesRow>> halfCycles = parse(simulator).halfCycles();
		List<SymmetricCellGroundTruth.HalfCycle> truth = simulator.groundTruth().halfCycles();

		assertThat(halfCycles).hasSameSizeAs(truth).hasSize(11);
		for (int i = 0; i < truth.size(); i++) {
			List<TimeSeriesRow> rows = halfCycles.get(i);
			double ampHours = rows.stream()
				.mapToDouble((row) -> Double.isNaN(row.chargeCapacityAmpHours()) ? row.dischargeCapacityAmpHours()
						: row.chargeCapacityAmpHours())
				.max()
				.orElseThrow();
			assertThat(Double.isNaN(rows.get(0).chargeCapacityAmpHours()) ? rows.get(0).dischargeCapacityAmpHours()
					: rows.get(0).chargeCapacityAmpHours()).isZero();
			assertThat(ampHours * 1000).as("half-cycle %d", i + 1)
				.isCloseTo(truth.get(i).chargeMilliampHours(), within(1e-6));
		}
		assertThat(truth.get(0).chargeMilliampHours()).isCloseTo(0.5 * SymmetricCellParameters.DISC_12_MM_AREA_CM2,
				within(1e-12));
	}

	@Test
	void stopsInThePlatingAfterTheCycleLifeWhereTheVoltageReachesTheCutOff() throws IOException {
		SymmetricCellSimulator simulator = new SymmetricCellSimulator(SHORT_LIFE);
		List<TimeSeriesRow> rows = parse(simulator).list;
		TimeSeriesRow last = rows.get(rows.size() - 1);

		assertThat(last.voltageVolts()).isEqualTo(-1.5);
		assertThat(last.cycle()).isEqualTo(6);
		assertThat(last.state()).isEqualTo("D");
		assertThat(rows.subList(0, rows.size() - 1)).allSatisfy(
				(row) -> assertThat(Math.abs(row.voltageVolts())).isLessThan(1.5));
		SymmetricCellGroundTruth truth = simulator.groundTruth();
		assertThat(truth.outcome()).isEqualTo(SymmetricCellGroundTruth.Outcome.CUT_OFF_REACHED);
		assertThat(truth.cycleLife()).isEqualTo(5);
		assertThat(truth.cutOffCycle()).isEqualTo(6);
		assertThat(truth.halfCycles()).hasSize(11).last().satisfies((h) -> assertThat(h.complete()).isFalse());
	}

	@Test
	void theNucleationTipStandsTheRequestedOvervoltageAboveThePlateau() {
		SymmetricCellGroundTruth truth = new SymmetricCellSimulator(SymmetricCellParameters.defaults()).groundTruth();

		assertThat(truth.nucleationOvervoltageVolts()).isCloseTo(0.26, within(1e-6));
		assertThat(truth.nucleationTipVolts() - truth.nucleationPlateauVolts()).isCloseTo(0.26, within(1e-6));
		// the plateau of cycle 1 lies a little above its 0.03 V overpotential: the arcing toward the end
		assertThat(truth.nucleationPlateauVolts()).isBetween(0.03, 0.033);
	}

	@Test
	void theSameSeedGivesTheSameBytesAndAnotherSeedOtherNoise() throws IOException {
		byte[] first = SimulatedFiles.maccorText(new SymmetricCellSimulator(SHORT_LIFE), "LL-0001");
		byte[] again = SimulatedFiles.maccorText(new SymmetricCellSimulator(SHORT_LIFE), "LL-0001");
		SymmetricCellParameters otherSeed = SHORT_LIFE.toBuilder().seed(2).build();
		byte[] other = SimulatedFiles.maccorText(new SymmetricCellSimulator(otherSeed), "LL-0001");

		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
		assertThat(new SymmetricCellSimulator(otherSeed).groundTruth().halfCycles())
			.isEqualTo(new SymmetricCellSimulator(SHORT_LIFE).groundTruth().halfCycles());
	}

	@Test
	void aSoftShortCollapsesTheVoltageForGoodAndTheTestRunsToItsEnd() throws IOException {
		SymmetricCellParameters parameters = SHORT_LIFE.toBuilder().cycleLife(50).cyclesToRun(12).softShortCycle(8)
			.build();
		SymmetricCellSimulator simulator = new SymmetricCellSimulator(parameters);
		Rows rows = parse(simulator);

		SymmetricCellGroundTruth truth = simulator.groundTruth();
		assertThat(truth.outcome()).isEqualTo(SymmetricCellGroundTruth.Outcome.SOFT_SHORT);
		assertThat(truth.softShortCycle()).isEqualTo(8);
		assertThat(truth.cycleLife()).isEqualTo(7);
		assertThat(truth.completedCycles()).isEqualTo(12);
		assertThat(rows.list).filteredOn((row) -> row.cycle() > 8 && row.kind() != StepKind.REST)
			.isNotEmpty()
			.allSatisfy((row) -> assertThat(Math.abs(row.voltageVolts())).isCloseTo(0.004, within(0.003)));
		assertThat(rows.list.get(rows.list.size() - 1).cycle()).isEqualTo(12);
	}

	@Test
	void restsBetweenHalfCyclesRelaxTowardZero() throws IOException {
		Rows rows = parse(new SymmetricCellSimulator(SHORT_LIFE.toBuilder().restSeconds(300).build()));

		assertThat(rows.list).extracting(TimeSeriesRow::step).contains(1, 2, 3, 4, 5);
		assertThat(rows.list).filteredOn((row) -> row.step() == 3)
			.allSatisfy((row) -> assertThat(row.kind()).isEqualTo(StepKind.REST))
			.allSatisfy((row) -> assertThat(row.currentAmperes()).isZero())
			.last()
			.satisfies((row) -> assertThat(Math.abs(row.voltageVolts())).isLessThan(0.003));
	}

	@Test
	void rejectsAnOverpotentialThatWouldReachTheCutOffBeforeTheCycleLife() {
		SymmetricCellParameters parameters = SymmetricCellParameters.defaults()
			.toBuilder()
			.overpotentialGrowthVoltsPerCycle(0.005)
			.build();

		assertThatIllegalArgumentException().isThrownBy(() -> new SymmetricCellSimulator(parameters))
			.withMessageContaining("would reach the cut-off");
	}

	@Test
	void scatteredCellsDifferFromEachOtherButEachIsReproducible() {
		SymmetricCellParameters base = SymmetricCellParameters.defaults();

		assertThat(base.scattered(11, 0.2)).isEqualTo(base.scattered(11, 0.2)).isNotEqualTo(base.scattered(12, 0.2));
		assertThat(base.scattered(11, 0.2).cycleLife()).isNotEqualTo(base.cycleLife());
		assertThat(base.scattered(11, 0).toBuilder().seed(base.seed()).build()).isEqualTo(base);
	}

	private static Rows parse(SymmetricCellSimulator simulator) throws IOException {
		Rows rows = new Rows();
		SimulatedFiles.parseMaccorText(simulator, "LL-0001", rows);
		return rows;
	}

	/** Every row read, in memory: fine for the short tests here. */
	static final class Rows implements ParseSink {

		FileMetadata metadata;

		final List<TimeSeriesRow> list = new ArrayList<>();

		@Override
		public void metadata(FileMetadata metadata) {
			this.metadata = metadata;
		}

		@Override
		public void row(TimeSeriesRow row) {
			this.list.add(row);
		}

		// the kinds in order, repeats removed
		List<StepKind> directions() {
			List<StepKind> kinds = new ArrayList<>();
			for (TimeSeriesRow row : this.list) {
				if (kinds.isEmpty() || kinds.get(kinds.size() - 1) != row.kind()) {
					kinds.add(row.kind());
				}
			}
			return kinds;
		}

		// the rows of each charge or discharge run
		List<List<TimeSeriesRow>> halfCycles() {
			List<List<TimeSeriesRow>> runs = new ArrayList<>();
			StepKind previous = null;
			for (TimeSeriesRow row : this.list) {
				if (row.kind() == StepKind.CHARGE || row.kind() == StepKind.DISCHARGE) {
					if (row.kind() != previous) {
						runs.add(new ArrayList<>());
						previous = row.kind();
					}
					runs.get(runs.size() - 1).add(row);
				}
			}
			return runs;
		}

	}

}
