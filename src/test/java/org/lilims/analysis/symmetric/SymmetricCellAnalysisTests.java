package org.lilims.analysis.symmetric;

import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

import org.lilims.instrument.StepKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Hand-checkable row sequences: half-cycles of 1000 s at 1 mA with a row every 10 s (1000 mA·s = 0.2778 mAh), so the
 * plateau window is 100 s to 900 s.
 */
class SymmetricCellAnalysisTests {

	private static final double SECONDS = 1000;

	private static final double STEP = 10;

	private static final double AMPERES = 0.001;

	private static final double MILLIAMP_HOURS = AMPERES * SECONDS / 3.6;

	private final SymmetricCellAnalysis analysis = new SymmetricCellAnalysis();

	private double time;

	private int fileCycle = 1;

	@Test
	void recoversNucleationCycleLifeAndOverpotentialGrowthFromThreeCyclesAndACutOff() {
		// cycle 1: a 0.31 V tip on a 0.05 V plateau; cycles 2 and 3 at 0.06 and 0.07 V; rests of 100 s between
		plating((t) -> (t < 10) ? 0.31 : 0.05);
		rest(100);
		stripping(flat(0.05));
		rest(100);
		cycle(0.06);
		cycle(0.07);
		// cycle 4's plating climbs to the cut-off at 510 s, where the cycler stops
		halfCycle(StepKind.DISCHARGE, 510, (t) -> (t < 510) ? 0.08 : 1.5);

		SymmetricCellMetrics metrics = this.analysis.result();

		assertThat(metrics.nucleation()).isNotNull().satisfies((n) -> {
			assertThat(n.halfCycleIndex()).isEqualTo(1);
			assertThat(n.tipVolts()).isEqualTo(0.31);
			assertThat(n.tipSeconds()).isZero();
			assertThat(n.plateauVolts()).isCloseTo(0.05, within(1e-12));
			assertThat(n.overvoltageVolts()).isCloseTo(0.26, within(1e-12));
		});
		assertThat(metrics.cycleLife()).isEqualTo(new CycleLife(3, CycleLifeEnd.CUT_OFF_REACHED));
		assertThat(metrics.cycleLife()).hasToString("3");
		assertThat(metrics.halfCycles()).hasSize(7);
		assertThat(metrics.halfCycles()).extracting(HalfCycleMetrics::cycle).containsExactly(1, 1, 2, 2, 3, 3, 4);
		assertThat(metrics.halfCycles()).extracting(HalfCycleMetrics::direction)
			.containsExactly(HalfCycleDirection.PLATING, HalfCycleDirection.STRIPPING, HalfCycleDirection.PLATING,
					HalfCycleDirection.STRIPPING, HalfCycleDirection.PLATING, HalfCycleDirection.STRIPPING,
					HalfCycleDirection.PLATING);
		assertThat(metrics.halfCycles()).extracting(HalfCycleMetrics::complete)
			.containsExactly(true, true, true, true, true, true, false);
		assertThat(metrics.halfCycles()).extracting(HalfCycleMetrics::reachedCutOff)
			.containsExactly(false, false, false, false, false, false, true);
		assertThat(metrics.halfCycles().subList(0, 6)).allSatisfy((h) -> {
			assertThat(h.durationSeconds()).isEqualTo(SECONDS);
			assertThat(h.chargeMilliampHours()).isCloseTo(MILLIAMP_HOURS, within(1e-12));
		});
		assertThat(metrics.halfCycles().get(6).peakVolts()).isEqualTo(1.5);
		assertThat(metrics.cycles()).extracting(CycleOverpotential::plateauVolts)
			.usingElementComparator(SymmetricCellAnalysisTests::nearly)
			.containsExactly(0.05, 0.06, 0.07);
		assertThat(metrics.growth()).isNotNull().satisfies((g) -> {
			assertThat(g.firstCycle()).isEqualTo(1);
			assertThat(g.lastCycle()).isEqualTo(3);
			assertThat(g.changeMillivolts()).isCloseTo(20, within(1e-9));
			assertThat(g.ratio()).isCloseTo(1.4, within(1e-9));
			assertThat(g.slopeMillivoltsPerCycle()).isCloseTo(10, within(1e-9));
		});
		assertThat(metrics.softShort()).isNull();
		assertThat(metrics.symmetricPolarity()).isTrue();
		assertThat(metrics.halfCycles().get(0).shape()).isEqualTo(ProfileShape.PEAKING);
		assertThat(metrics.halfCycles().get(1).shape()).isEqualTo(ProfileShape.FLAT);
		assertThat(metrics.algorithm()).isEqualTo("symmetric-cell");
		assertThat(metrics.algorithmVersion()).isEqualTo(1);
	}

	@Test
	void aCellThatNeverReachesTheCutOffHasItsCompletedCyclesAsALowerBound() {
		for (int i = 0; i < 5; i++) {
			cycle(0.05);
		}

		SymmetricCellMetrics metrics = this.analysis.result();

		assertThat(metrics.cycleLife()).isEqualTo(new CycleLife(5, CycleLifeEnd.CENSORED));
		assertThat(metrics.cycleLife().lowerBound()).isTrue();
		assertThat(metrics.cycleLife()).hasToString("≥ 5");
		// the last stripping ends the data: complete, as it passed the usual charge
		assertThat(metrics.halfCycles()).hasSize(10).allSatisfy((h) -> assertThat(h.complete()).isTrue());
	}

	@Test
	void aLastHalfCycleCutShortIsNotComplete() {
		for (int i = 0; i < 3; i++) {
			cycle(0.05);
		}
		plating(flat(0.05));
		// 97 % of the usual charge: the test stopped during it
		halfCycle(StepKind.CHARGE, 970, flat(0.05));

		SymmetricCellMetrics metrics = this.analysis.result();

		assertThat(metrics.cycleLife()).isEqualTo(new CycleLife(3, CycleLifeEnd.CENSORED));
		assertThat(metrics.halfCycles()).extracting(HalfCycleMetrics::complete)
			.containsExactly(true, true, true, true, true, true, true, false);
	}

	@Test
	void aSuddenSustainedCollapseIsASoftShortNotALongLife() {
		for (int i = 0; i < 10; i++) {
			cycle(0.05);
		}
		for (int i = 0; i < 10; i++) {
			cycle(0.004);
		}

		SymmetricCellMetrics metrics = this.analysis.result();

		assertThat(metrics.softShort()).isNotNull().satisfies((s) -> {
			assertThat(s.cycle()).isEqualTo(11);
			assertThat(s.halfCycleIndex()).isEqualTo(21);
			assertThat(s.referenceVolts()).isCloseTo(0.05, within(1e-12));
			assertThat(s.plateauVolts()).isCloseTo(0.004, within(1e-12));
		});
		assertThat(metrics.cycleLife()).isEqualTo(new CycleLife(10, CycleLifeEnd.SOFT_SHORT));
		assertThat(metrics.cycleLife()).hasToString("10 (soft short)");
		assertThat(metrics.cycles()).hasSize(20);
		assertThat(metrics.growth()).isNotNull().satisfies((g) -> {
			assertThat(g.lastCycle()).isEqualTo(10);
			assertThat(g.slopeMillivoltsPerCycle()).isCloseTo(0, within(1e-9));
		});
	}

	@Test
	void aSingleLowHalfCycleIsNotAShort() {
		for (int i = 0; i < 10; i++) {
			cycle(0.05);
		}
		plating(flat(0.01));
		stripping(flat(0.05));
		for (int i = 0; i < 9; i++) {
			cycle(0.05);
		}

		SymmetricCellMetrics metrics = this.analysis.result();

		assertThat(metrics.softShort()).isNull();
		assertThat(metrics.cycleLife()).isEqualTo(new CycleLife(20, CycleLifeEnd.CENSORED));
	}

	@Test
	void anOverpotentialFallingGraduallyAsTheElectrodeActivatesIsNotAShort() {
		for (int i = 0; i < 20; i++) {
			cycle(0.08 - 0.002 * i);
		}
		for (int i = 0; i < 10; i++) {
			cycle(0.04);
		}

		SymmetricCellMetrics metrics = this.analysis.result();

		assertThat(metrics.softShort()).isNull();
		assertThat(metrics.growth()).isNotNull().satisfies((g) -> assertThat(g.ratio()).isCloseTo(0.5, within(1e-9)));
	}

	@Test
	void thePlateauIsTheTimeWeightedMeanOverTheMiddle80PercentOfTheHalfCycle() {
		// |V| rises linearly from 0.1 to 0.2 V, at 2 mA; rows every 10 s, and every second from 500 s to 600 s
		// (recorded on voltage change), which must not weigh more
		this.analysis.accept(0, StepKind.CHARGE, 0.002, 0.1, 1);
		for (double t = 10; t <= SECONDS; t += (t >= 500 && t < 600) ? 1 : 10) {
			this.analysis.accept(t, StepKind.CHARGE, 0.002, 0.1 + 0.1 * t / SECONDS, 1);
		}

		HalfCycleMetrics half = this.analysis.result().halfCycles().get(0);

		assertThat(half.plateauVolts()).isCloseTo(0.15, within(1e-12));
		assertThat(half.earlyVolts()).isCloseTo(0.12, within(1e-12));
		assertThat(half.middleVolts()).isCloseTo(0.15, within(1e-12));
		assertThat(half.lateVolts()).isCloseTo(0.18, within(1e-12));
		assertThat(half.peakVolts()).isCloseTo(0.2, within(1e-12));
		assertThat(half.chargeMilliampHours()).isCloseTo(2 * MILLIAMP_HOURS, within(1e-12));
		assertThat(half.shape()).isEqualTo(ProfileShape.ARCING);
		assertThat(half.direction()).isEqualTo(HalfCycleDirection.STRIPPING);
	}

	@Test
	void cyclesStartWithWhicheverDirectionComesFirstAndNucleationIsTheFirstPlatings() {
		stripping(flat(0.05));
		plating((t) -> (t < 10) ? 0.2 : 0.05);
		stripping(flat(0.05));
		plating(flat(0.05));

		SymmetricCellMetrics metrics = this.analysis.result();

		assertThat(metrics.halfCycles()).extracting(HalfCycleMetrics::cycle).containsExactly(1, 1, 2, 2);
		assertThat(metrics.nucleation()).isNotNull().satisfies((n) -> {
			assertThat(n.halfCycleIndex()).isEqualTo(2);
			assertThat(n.overvoltageVolts()).isCloseTo(0.15, within(1e-12));
		});
	}

	@Test
	void aRestInsideAHalfCycleNeitherSplitsItNorCountsItsTime() {
		halfCycle(StepKind.DISCHARGE, 500, flat(0.05));
		rest(300);
		halfCycle(StepKind.DISCHARGE, 500, flat(0.05));

		SymmetricCellMetrics metrics = this.analysis.result();

		assertThat(metrics.halfCycles()).hasSize(1).first().satisfies((h) -> {
			assertThat(h.durationSeconds()).isEqualTo(SECONDS);
			assertThat(h.chargeMilliampHours()).isCloseTo(MILLIAMP_HOURS, within(1e-12));
		});
	}

	@Test
	void aFullCellIsFlaggedAsNotSymmetricItsVoltageBeingPositiveBothWays() {
		halfCycle(StepKind.CHARGE, SECONDS, (t) -> 3.6 + 0.7 * t / SECONDS);
		halfCycle(StepKind.DISCHARGE, SECONDS, (t) -> -(4.2 - 1.2 * t / SECONDS));

		SymmetricCellMetrics metrics = this.analysis.result();

		assertThat(metrics.symmetricPolarity()).isFalse();
		assertThat(metrics.cycleLife()).isEqualTo(new CycleLife(0, CycleLifeEnd.CUT_OFF_REACHED));
	}

	@Test
	void noRowsGiveNoHalfCyclesAndACensoredLifeOfZero() {
		rest(100);

		SymmetricCellMetrics metrics = this.analysis.result();

		assertThat(metrics.halfCycles()).isEmpty();
		assertThat(metrics.cycleLife()).isEqualTo(new CycleLife(0, CycleLifeEnd.CENSORED));
		assertThat(metrics.nucleation()).isNull();
		assertThat(metrics.growth()).isNull();
		assertThat(metrics.symmetricPolarity()).isFalse();
	}

	private static int nearly(double a, double b) {
		return (Math.abs(a - b) < 1e-12) ? 0 : Double.compare(a, b);
	}

	private void cycle(double volts) {
		plating(flat(volts));
		stripping(flat(volts));
		this.fileCycle++;
	}

	private static DoubleUnaryOperator flat(double volts) {
		return (t) -> volts;
	}

	private void plating(DoubleUnaryOperator magnitude) {
		halfCycle(StepKind.DISCHARGE, SECONDS, magnitude);
	}

	private void stripping(DoubleUnaryOperator magnitude) {
		halfCycle(StepKind.CHARGE, SECONDS, magnitude);
	}

	// rows at 0, 10, ... seconds into the half-cycle, voltage and current signed by the direction
	private void halfCycle(StepKind kind, double seconds, DoubleUnaryOperator magnitude) {
		double sign = (kind == StepKind.DISCHARGE) ? -1 : 1;
		for (double t = 0; t <= seconds; t += STEP) {
			double volts = sign * magnitude.applyAsDouble(t);
			this.analysis.accept(this.time + t, kind, sign * AMPERES, volts, this.fileCycle);
		}
		this.time += seconds + STEP;
	}

	private void rest(double seconds) {
		for (double t = 0; t <= seconds; t += STEP) {
			this.analysis.accept(this.time + t, StepKind.REST, 0, 0.0004, this.fileCycle);
		}
		this.time += seconds + STEP;
	}

}
