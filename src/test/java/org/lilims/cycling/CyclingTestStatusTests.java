package org.lilims.cycling;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lilims.cycling.CyclingTestStatus.ABORTED;
import static org.lilims.cycling.CyclingTestStatus.FINISHED;
import static org.lilims.cycling.CyclingTestStatus.PLANNED;
import static org.lilims.cycling.CyclingTestStatus.RUNNING;

class CyclingTestStatusTests {

	@Test
	void aTestRunsThenFinishesOrIsAborted() {
		assertThat(PLANNED.next()).containsExactlyInAnyOrder(RUNNING, ABORTED);
		assertThat(RUNNING.next()).containsExactlyInAnyOrder(FINISHED, ABORTED);
	}

	@Test
	void finishedAndAbortedAreFinal() {
		assertThat(FINISHED.canBecome(RUNNING)).isFalse();
		assertThat(ABORTED.canBecome(RUNNING)).isFalse();
		assertThat(FINISHED.next()).isEmpty();
		assertThat(ABORTED.next()).isEmpty();
	}

	@Test
	void aPlannedTestCannotFinishWithoutRunning() {
		assertThat(PLANNED.canBecome(FINISHED)).isFalse();
		assertThat(RUNNING.canBecome(PLANNED)).isFalse();
	}

}
