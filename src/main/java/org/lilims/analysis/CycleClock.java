package org.lilims.analysis;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.AnalysisResults.StoredResult;

/**
 * Which cycle a cell had begun at a given instrument-local time, from its cycling data set's start time and the test
 * time at which each cycle began. Both instruments' clocks are taken as the lab's; a measurement before the cycling
 * began is at cycle 0.
 */
final class CycleClock {

	static final CycleClock NONE = new CycleClock(null, List.of());

	private final @Nullable LocalDateTime start;

	private final List<CycleRow> cycles;

	private CycleClock(@Nullable LocalDateTime start, List<CycleRow> cycles) {
		this.start = start;
		this.cycles = cycles;
	}

	static CycleClock of(StoredResult cycling) {
		Object start = cycling.parameters().get("startTime");
		try {
			return (start != null) ? new CycleClock(LocalDateTime.parse(start.toString()), cycling.cycles()) : NONE;
		}
		catch (DateTimeParseException ex) {
			return NONE;
		}
	}

	@Nullable Integer cycleAt(@Nullable LocalDateTime time) {
		if (this.start == null || time == null || this.cycles.isEmpty()) {
			return null;
		}
		double seconds = Duration.between(this.start, time).toMillis() / 1000.0;
		Integer cycle = 0;
		for (CycleRow row : this.cycles) {
			if (row.startSeconds() <= seconds) {
				cycle = row.cycle();
			}
			else {
				break;
			}
		}
		return cycle;
	}

}
