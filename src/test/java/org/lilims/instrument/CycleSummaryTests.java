package org.lilims.instrument;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CycleSummaryTests {

	private static final double NONE = Double.NaN;

	@Test
	void takesTheLargestCapacityPerCycleAndDirectionBecauseMaccorRestartsAmpHoursAtEachChange() {
		CycleSummary summary = new CycleSummary();
		// cycle 1: charge 0 -> 0.5 -> 1.0 Ah, rest, discharge 0 -> 0.4 -> 0.9 Ah
		summary.accept(1, StepKind.CHARGE, 0.0, NONE);
		summary.accept(1, StepKind.CHARGE, 0.5, NONE);
		summary.accept(1, StepKind.CHARGE, 1.0, NONE);
		summary.accept(1, StepKind.REST, NONE, NONE);
		summary.accept(1, StepKind.DISCHARGE, NONE, 0.4);
		summary.accept(1, StepKind.DISCHARGE, NONE, 0.9);
		// cycle 2: charge to 0.8 Ah, discharge to 0.7 Ah
		summary.accept(2, StepKind.CHARGE, 0.8, NONE);
		summary.accept(2, StepKind.DISCHARGE, NONE, 0.7);

		assertThat(summary.derived()).isFalse();
		assertThat(summary.cycles()).containsExactly(new CycleCapacity(1, 1.0, 0.9, false),
				new CycleCapacity(2, 0.8, 0.7, false));
	}

	@Test
	void keepsTheFilesCycleNumbersInTheOrderTheyAppear() {
		CycleSummary summary = new CycleSummary();
		summary.accept(37, StepKind.DISCHARGE, NONE, 0.02);
		summary.accept(38, StepKind.CHARGE, 0.01, NONE);

		assertThat(summary.cycles()).extracting(CycleCapacity::cycle).containsExactly(37, 38);
		assertThat(summary.cycles().get(0).chargeCapacityAmpHours()).isZero();
	}

	@Test
	void derivesCyclesFromChangesOfDirectionWhenTheFileNumbersEveryRowZero() {
		CycleSummary summary = new CycleSummary();
		summary.accept(0, StepKind.REST, NONE, NONE);
		summary.accept(0, StepKind.CHARGE, 2.0, NONE);
		summary.accept(0, StepKind.REST, NONE, NONE);
		summary.accept(0, StepKind.DISCHARGE, NONE, 1.5);
		summary.accept(0, StepKind.DISCHARGE, NONE, 1.9);
		summary.accept(0, StepKind.CHARGE, 1.8, NONE);
		summary.accept(0, StepKind.DISCHARGE, NONE, 1.7);
		summary.accept(0, StepKind.CHARGE, 0.3, NONE);

		assertThat(summary.derived()).isTrue();
		assertThat(summary.cycles()).containsExactly(new CycleCapacity(1, 2.0, 1.9, true),
				new CycleCapacity(2, 1.8, 1.7, true), new CycleCapacity(3, 0.3, 0.0, true));
	}

	@Test
	void restOnlyFileHasNoCycles() {
		CycleSummary summary = new CycleSummary();
		summary.accept(0, StepKind.REST, NONE, NONE);

		assertThat(summary.cycles()).isEmpty();
	}

}
