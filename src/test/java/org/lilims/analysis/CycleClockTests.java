package org.lilims.analysis;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lilims.analysis.AnalysisResults.ResultKind;
import org.lilims.analysis.AnalysisResults.StoredResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cycling data set started on 1 January 2026 at midnight, its cycles 1, 2 and 3 beginning after 0 h, 1 h and 2 h:
 * impedance measured at 00:30 belongs to cycle 1, at 02:30 to cycle 3, the evening before to cycle 0.
 */
class CycleClockTests {

	@Test
	void placesAMeasurementAtTheCycleThatHadBegun() {
		CycleClock clock = CycleClock.of(cycling("2026-01-01T00:00"));

		assertThat(clock.cycleAt(LocalDateTime.of(2026, 1, 1, 0, 30))).isEqualTo(1);
		assertThat(clock.cycleAt(LocalDateTime.of(2026, 1, 1, 1, 0))).isEqualTo(2);
		assertThat(clock.cycleAt(LocalDateTime.of(2026, 1, 1, 2, 30))).isEqualTo(3);
		assertThat(clock.cycleAt(LocalDateTime.of(2025, 12, 31, 20, 0))).isZero();
		assertThat(clock.cycleAt(null)).isNull();
	}

	@Test
	void withoutAStartTimeNoCycleIsKnown() {
		assertThat(CycleClock.of(cycling(null)).cycleAt(LocalDateTime.of(2026, 1, 1, 0, 30))).isNull();
		assertThat(CycleClock.NONE.cycleAt(LocalDateTime.of(2026, 1, 1, 0, 30))).isNull();
	}

	private static StoredResult cycling(String start) {
		List<CycleRow> cycles = List.of(row(1, 0), row(2, 3600), row(3, 7200));
		Map<String, Object> parameters = (start != null) ? Map.of("startTime", start) : Map.of();
		return new StoredResult(1, "CC-0001", 1, "sha", "run.001", 1, ResultKind.CYCLING, Map.of(), parameters, Map.of(),
				cycles, Instant.EPOCH);
	}

	private static CycleRow row(int cycle, double startSeconds) {
		return new CycleRow(cycle, 1, 1, null, null, null, null, 100, 4, 3.5, 87.5, 4, 3.5, 4.2, 3.0, startSeconds, 3600,
				100.0, 1, 1);
	}

}
