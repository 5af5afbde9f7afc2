package org.lilims.study;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.MetricDefinition;
import org.lilims.analysis.MetricValue;

/**
 * A study's comparison: per arm its cells and, per metric, statistics over its included, uncensored values and the
 * change versus the reference arm.
 *
 * @param id the study's id
 * @param name its name
 * @param project its project
 * @param referenceArm the arm (or base name of crossed arms) the others are compared with
 * @param metrics the compared metrics' definitions, in the study's order
 * @param arms the arms, in the study's order
 */
public record StudySummary(long id, String name, String project, String referenceArm, List<MetricDefinition> metrics,
		List<Arm> arms) {

	/**
	 * One arm's cells and statistics.
	 *
	 * @param name the arm's name
	 * @param definition its criteria
	 * @param comparedWith the arm its changes are relative to (null for a reference arm or when none matches)
	 * @param cells the matching cells, oldest first, excluded ones included with their reason
	 * @param metrics statistics by metric name
	 */
	public record Arm(String name, ArmDefinition definition, @Nullable String comparedWith, List<Cell> cells,
			Map<String, MetricSummary> metrics) {
	}

	/**
	 * A cell that matches an arm.
	 *
	 * @param code its code
	 * @param included whether it counts in the statistics
	 * @param exclusionReason why not, when excluded
	 * @param anodeCoating its anode's coating variant ({@code NONE} for none)
	 * @param configuration its configuration
	 * @param currentDensityMaPerCm2 current density of its newest symmetric cycling test
	 * @param metrics its values of the study's metrics, as the analysis API returns them
	 * @param impedanceData whether it has fitted impedance spectra (false in a summary computed without metrics)
	 */
	public record Cell(String code, boolean included, @Nullable String exclusionReason, String anodeCoating,
			@Nullable String configuration, @Nullable BigDecimal currentDensityMaPerCm2,
			Map<String, MetricValue> metrics, boolean impedanceData) {
	}

	/**
	 * Statistics of one metric in one arm, over included cells with an uncensored value. Censored values (lower
	 * bounds, e.g. "&gt; 150" cycles of a cell still running) are counted apart and not used: treating them as failures
	 * would bias the mean down, so {@code censoringMayBias} flags when a lower bound exceeds the uncensored mean.
	 *
	 * @param unit the metric's unit
	 * @param n number of uncensored values
	 * @param mean their mean
	 * @param sd their sample standard deviation (n − 1)
	 * @param median their median
	 * @param min smallest
	 * @param max largest
	 * @param nCensored number of censored values
	 * @param censoredValues the censored lower bounds ("&gt; N"), ascending
	 * @param censoringMayBias whether a censored lower bound lies above the mean of the uncensored values (or there
	 * are censored values but none uncensored)
	 * @param change change of the mean versus the compared arm, if both have values
	 */
	public record MetricSummary(String unit, int n, @Nullable Double mean, @Nullable Double sd,
			@Nullable Double median, @Nullable Double min, @Nullable Double max, int nCensored,
			List<Double> censoredValues, boolean censoringMayBias, @Nullable Change change) {
	}

	/**
	 * The change of an arm's mean versus the reference arm's, in % of the reference mean.
	 *
	 * @param referenceArm the arm compared with
	 * @param percent the change in %
	 * @param ciLowPercent lower end of the 95 % confidence interval, null when an arm has fewer than 2 values
	 * @param ciHighPercent upper end of the interval
	 * @param confidence the interval's level (0.95)
	 * @param method how the interval is computed
	 */
	public record Change(String referenceArm, double percent, @Nullable Double ciLowPercent,
			@Nullable Double ciHighPercent, double confidence, String method) {
	}

}
