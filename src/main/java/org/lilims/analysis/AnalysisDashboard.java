package org.lilims.analysis;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.AnalysisResults.ResultKind;
import org.lilims.cycling.CyclingApi;
import org.lilims.cycling.CyclingTestView;
import org.lilims.sample.SampleApi;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The home page's view of the lab's cells: running cycling tests with their latest cycle and a sparkline, and cells
 * that recently failed (reached their cut-off, shorted) or fell below SOH 80 %. Only cells the user may read.
 */
@Service
class AnalysisDashboard {

	static final Duration RECENT = Duration.ofDays(14);

	private static final int SPARKLINE_CYCLES = 50;

	private final CyclingApi cycling;

	private final SampleApi samples;

	private final AnalysisResults results;

	private final JdbcClient jdbc;

	private final Clock clock;

	AnalysisDashboard(CyclingApi cycling, SampleApi samples, AnalysisResults results, JdbcClient jdbc, Clock clock) {
		this.cycling = cycling;
		this.samples = samples;
		this.results = results;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<RunningTest> running() {
		List<RunningTest> running = new ArrayList<>();
		for (CyclingTestView test : this.cycling.running()) {
			if (this.samples.find(test.cellCode()).isEmpty()) {
				continue;
			}
			List<CycleRow> cycles = this.results.latest(test.cellCode(), ResultKind.CYCLING)
				.map(AnalysisResults.StoredResult::cycles)
				.orElse(List.of());
			Integer latest = cycles.isEmpty() ? null : cycles.get(cycles.size() - 1).cycle();
			List<Double> recent = cycles.subList(Math.max(0, cycles.size() - SPARKLINE_CYCLES), cycles.size())
				.stream()
				.map(CycleRow::dischargeCapacityMah)
				.toList();
			running.add(new RunningTest(test.cellCode(), test.cycler(), test.channel(), test.startedAt(), latest,
					Sparkline.svg(recent, "discharge capacity of the last cycles")));
		}
		return running;
	}

	List<Alert> alerts() {
		return this.jdbc.sql("""
				select cell_code, computed_at,
				       metrics -> 'cycleLife' ->> 'value' as cycle_life,
				       metrics -> 'cycleLife' ->> 'censored' as life_censored,
				       metrics -> 'softShortCycle' ->> 'value' as short_cycle,
				       metrics -> 'soh80Cycle' ->> 'value' as soh80,
				       metrics -> 'soh80Cycle' ->> 'censored' as soh80_censored
				  from analysis.result
				 where current and kind = 'CYCLING' and computed_at >= :since
				   and ((metrics -> 'cycleLife' ->> 'censored') = 'false'
				        or jsonb_exists(metrics, 'softShortCycle')
				        or (metrics -> 'soh80Cycle' ->> 'censored') = 'false')
				 order by computed_at desc limit 50
				""")
			.param("since", Timestamp.from(this.clock.instant().minus(RECENT)))
			.query((rs, row) -> Alert.of(rs.getString("cell_code"), rs.getTimestamp("computed_at").toInstant(),
					rs.getString("cycle_life"), rs.getString("life_censored"), rs.getString("short_cycle"),
					rs.getString("soh80"), rs.getString("soh80_censored")))
			.list()
			.stream()
			.filter(alert -> this.samples.find(alert.cellCode()).isPresent())
			.toList();
	}

	/**
	 * A running cycling test.
	 *
	 * @param cellCode its cell
	 * @param cycler the cycler
	 * @param channel its channel
	 * @param startedAt when it started
	 * @param latestCycle the newest cycle analysed, null before any data
	 * @param sparklineSvg discharge capacity of the last cycles as inline SVG (empty with fewer than two)
	 */
	record RunningTest(String cellCode, String cycler, String channel, @Nullable Instant startedAt,
			@Nullable Integer latestCycle, String sparklineSvg) {
	}

	/**
	 * A cell that recently failed or fell below SOH 80 %.
	 *
	 * @param cellCode the cell
	 * @param computedAt when the analysis found it
	 * @param what what happened, for people
	 */
	record Alert(String cellCode, Instant computedAt, String what) {

		static Alert of(String cellCode, Instant computedAt, @Nullable String cycleLife, @Nullable String lifeCensored,
				@Nullable String shortCycle, @Nullable String soh80, @Nullable String soh80Censored) {
			String what;
			if (shortCycle != null) {
				what = "soft short at cycle " + whole(shortCycle);
			}
			else if (cycleLife != null && "false".equals(lifeCensored)) {
				what = "reached its cut-off after " + whole(cycleLife) + " cycles";
			}
			else {
				what = "fell below SOH 80 % at cycle " + whole((soh80 != null) ? soh80 : "?");
			}
			return new Alert(cellCode, computedAt, what);
		}

		private static String whole(String number) {
			try {
				return String.valueOf(Math.round(Double.parseDouble(number)));
			}
			catch (NumberFormatException ex) {
				return number;
			}
		}

	}

}
