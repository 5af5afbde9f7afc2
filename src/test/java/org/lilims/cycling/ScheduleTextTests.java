package org.lilims.cycling;

import org.junit.jupiter.api.Test;
import org.lilims.cycling.CyclingRequests.ScheduleRuleRequest;
import org.lilims.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScheduleTextTests {

	@Test
	void readsRangesStepsAndSingleCycles() {
		assertThat(ScheduleText.parse("1-10, 15-50/5; 100", "schedule")).containsExactly(
				new ScheduleRuleRequest(1, 10, 1), new ScheduleRuleRequest(15, 50, 5), new ScheduleRuleRequest(100, 100, 1));
	}

	@Test
	void blankMeansNoRules() {
		assertThat(ScheduleText.parse("  ", "schedule")).isEmpty();
	}

	@Test
	void namesTheUnreadablePart() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> ScheduleText.parse("1-10, every 5th", "schedule"))
			.satisfies(ex -> assertThat(ex.problems().get(0).message()).contains("'every 5th'"));
	}

}
