package org.lilims.analysis.symmetric;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.lilims.instrument.InstrumentParsers;
import org.lilims.instrument.ParseSink;
import org.lilims.instrument.SharedFixtures;
import org.lilims.instrument.StepKind;
import org.lilims.instrument.TimeSeriesRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Real MACCOR exports. No public symmetric-cell export is in the fixture set: these are full cells (3–4.3 V), so what
 * can be asserted honestly is that the analysis completes, finds one half-cycle per run of one direction, integrates
 * the charge the cycler counted, sees no soft short, and says the voltage's sign does not follow the direction (not
 * a symmetric cell, so its cut-off and overpotentials mean nothing).
 */
class SymmetricCellAnalysisRealFileTests {

	private static final Path MACCOR = Path.of("src/test/resources/instrument/maccor");

	@Test
	void aFullCellExcerptGivesOneHalfCyclePerDirectionRunAndTheChargeTheCyclerCounted() throws IOException {
		// a full cell is above 1.5 V throughout: with that cut-off every half-cycle would end "at the cut-off"
		Analysed file = analyse(MACCOR.resolve("xTESLADIAG_000038con_head700.078"),
				SymmetricCellAnalysisParameters.defaults().withCutOffVolts(5.0));
		SymmetricCellMetrics metrics = file.metrics();

		assertThat(file.directionRuns()).isEqualTo(4);
		assertThat(metrics.halfCycles()).hasSize(4);
		assertThat(metrics.halfCycles()).extracting(HalfCycleMetrics::direction)
			.containsExactly(HalfCycleDirection.STRIPPING, HalfCycleDirection.PLATING, HalfCycleDirection.STRIPPING,
					HalfCycleDirection.PLATING);
		assertThat(metrics.halfCycles()).extracting(HalfCycleMetrics::fileCycle).containsExactly(0, 0, 1, 1);
		// charge: constant current then constant voltage, Amp-hr restarting at the CV step (rows 106 and 137)
		assertThat(metrics.halfCycles().get(0).chargeMilliampHours()).isCloseTo(2215.3626287 + 542.3903843,
				within(0.001 * 2757.753));
		// discharge to 3.0 V: Amp-hr 4.3941717861 Ah at row 377
		assertThat(metrics.halfCycles().get(1).chargeMilliampHours()).isCloseTo(4394.1717861,
				within(0.001 * 4394.17));
		// the excerpt ends a quarter into the second discharge
		assertThat(metrics.halfCycles()).extracting(HalfCycleMetrics::complete)
			.containsExactly(true, true, true, false);
		assertThat(metrics.cycleLife()).isEqualTo(new CycleLife(1, CycleLifeEnd.CENSORED));
		assertThat(metrics.softShort()).isNull();
		assertThat(metrics.symmetricPolarity()).isFalse();
	}

	@Test
	void anExportOfRestsOnlyHasNoHalfCycles() throws IOException {
		Analysed file = analyse(MACCOR.resolve("maccor_example.001"), SymmetricCellAnalysisParameters.defaults());

		assertThat(file.metrics().halfCycles()).isEmpty();
		assertThat(file.metrics().cycleLife()).isEqualTo(new CycleLife(0, CycleLifeEnd.CENSORED));
		assertThat(file.metrics().nucleation()).isNull();
	}

	@TestFactory
	Stream<DynamicTest> everyMaccorFileOfTheSharedSetCompletesWithOneHalfCyclePerDirectionRunAndNoShort()
			throws IOException {
		Path maccor = SharedFixtures.directory().resolve("maccor");
		return SharedFixtures.files(maccor)
			.stream()
			.map((path) -> DynamicTest.dynamicTest(maccor.relativize(path).toString(), () -> {
				Analysed file = analyse(path, SymmetricCellAnalysisParameters.defaults());
				SymmetricCellMetrics metrics = file.metrics();
				assertThat(metrics.halfCycles()).hasSize(file.directionRuns());
				assertThat(metrics.softShort()).isNull();
				if (file.directionRuns() > 0) {
					assertThat(metrics.symmetricPolarity()).isFalse();
				}
			}));
	}

	@Test
	void theDischargeChargeOfACycleOfTheSharedSetIsTheOneTheOracleGives() throws IOException {
		Path file = SharedFixtures.directory().resolve("maccor/beep/xTESLADIAG_000038con.078");

		SymmetricCellMetrics metrics = analyse(file, SymmetricCellAnalysisParameters.defaults()).metrics();

		// ORACLE.tsv: cycle 1 discharge capacity (max Amp-hr, Cyc#=1, State D) 4.411196 Ah
		assertThat(metrics.halfCycles()).filteredOn((h) -> h.fileCycle() == 1)
			.filteredOn((h) -> h.direction() == HalfCycleDirection.PLATING)
			.singleElement()
			.satisfies((h) -> assertThat(h.chargeMilliampHours()).isCloseTo(4411.196, within(0.001 * 4411.196)));
	}

	private static Analysed analyse(Path path, SymmetricCellAnalysisParameters parameters) throws IOException {
		SymmetricCellAnalysis analysis = new SymmetricCellAnalysis(parameters);
		RunCounter runs = new RunCounter();
		InstrumentParsers.parse(path, new ParseSink() {

			@Override
			public boolean wantsExtraColumns() {
				return false;
			}

			@Override
			public void row(TimeSeriesRow row) {
				analysis.row(row);
				runs.row(row);
			}

		});
		return new Analysed(analysis.result(), runs.runs);
	}

	record Analysed(SymmetricCellMetrics metrics, int directionRuns) {
	}

	/** Counts the runs of charge or discharge rows, whatever lies between them. */
	private static final class RunCounter {

		private StepKind last;

		private int runs;

		void row(TimeSeriesRow row) {
			StepKind kind = row.kind();
			if ((kind == StepKind.CHARGE || kind == StepKind.DISCHARGE) && kind != this.last) {
				this.runs++;
				this.last = kind;
			}
		}

	}

}
