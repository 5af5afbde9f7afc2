package org.lilims.cycling;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lilims.cycling.CyclingRequests.ScheduleRuleRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EisScheduleTests {

	@Test
	void firstTenCyclesThenEveryFifthUpToFifty() {
		EisSchedule schedule = new EisSchedule(List.of(new EisSchedule.Rule(1, 10, 1), new EisSchedule.Rule(15, 50, 5)));
		assertThat(schedule.cycles()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 35, 40, 45, 50);
	}

	@Test
	void overlappingRulesMeasureACycleOnceInOrder() {
		EisSchedule schedule = new EisSchedule(List.of(new EisSchedule.Rule(10, 30, 10), new EisSchedule.Rule(0, 20, 5)));
		assertThat(schedule.cycles()).containsExactly(0, 5, 10, 15, 20, 30);
	}

	@Test
	void aStepThatDoesNotLandOnTheLastCycleStopsBeforeIt() {
		assertThat(new EisSchedule(List.of(new EisSchedule.Rule(1, 10, 4))).cycles()).containsExactly(1, 5, 9);
	}

	@Test
	void aSingleCycleRule() {
		assertThat(new EisSchedule(List.of(new EisSchedule.Rule(100, 100, 7))).cycles()).containsExactly(100);
	}

	@Test
	void longSchedulesExpandFully() {
		List<Integer> cycles = new EisSchedule(List.of(new EisSchedule.Rule(1, 1000, 1))).cycles();
		assertThat(cycles).isEqualTo(IntStream.rangeClosed(1, 1000).boxed().toList());
	}

	@Test
	void invalidRulesAndEmptySchedulesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EisSchedule.Rule(10, 5, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new EisSchedule.Rule(1, 5, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new EisSchedule.Rule(-1, 5, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new EisSchedule(List.of()));
	}

	@Test
	void requestRowsAreCheckedFieldByField() {
		Checks checks = new Checks();
		EisSchedule schedule = EisSchedule.from(List.of(new ScheduleRuleRequest(1, 10, 1),
				new ScheduleRuleRequest(20, 15, 0), new ScheduleRuleRequest(null, 5, 1)), "schedule", checks);
		assertThat(schedule).isNull();
		assertThat(checks.hasProblemWith("schedule[1].toCycle")).isTrue();
		assertThat(checks.hasProblemWith("schedule[1].every")).isTrue();
		assertThat(checks.hasProblemWith("schedule[2].fromCycle")).isTrue();
		assertThat(checks.hasProblemWith("schedule[0].fromCycle")).isFalse();
		assertThatThrownBy(checks::throwIfAny).hasMessageContaining("schedule[1].every: must be at least 1");
	}

	@Test
	void validRequestRowsBecomeASchedule() {
		Checks checks = new Checks();
		EisSchedule schedule = EisSchedule.from(
				List.of(new ScheduleRuleRequest(1, 10, 1), new ScheduleRuleRequest(15, 50, 5)), "schedule", checks);
		assertThat(schedule).isNotNull();
		assertThat(schedule.cycles()).hasSize(18).startsWith(1, 2).endsWith(45, 50);
		checks.throwIfAny();
	}

}
