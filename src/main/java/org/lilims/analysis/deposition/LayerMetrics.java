package org.lilims.analysis.deposition;

import org.jspecify.annotations.Nullable;

/**
 * What one layer of a coating run deposited, and how far it was from the run's target.
 *
 * @param layer the controller's layer number
 * @param material the film material the log names, if it does
 * @param finalThicknessNm thickness of the layer's last reading (null when no reading had one)
 * @param meanRateNmPerS mean of the rates read while depositing (readings with a positive rate; null without any)
 * @param rateStandardDeviationNmPerS their sample standard deviation (null with fewer than two)
 * @param depositionSeconds time from the first to the last reading with a positive rate
 * @param readings readings of the layer
 * @param targetThicknessNm the run's target for the matching layer, if recorded
 * @param thicknessDeviationPercent (final − target) / target × 100, if there is a target
 * @param targetRateNmPerS the run's set-point rate for the matching layer, if recorded
 * @param rateDeviationPercent (mean rate − set point) / set point × 100, if there is a set point
 * @param elapsedSeconds the readings' time on the log's axis (at most {@value DepositionAnalysis#MAX_PLOTTED} per layer,
 * evenly picked), for plotting rate and thickness against time
 * @param rateSeriesNmPerS the rate of those readings (NaN where the controller had none)
 * @param thicknessSeriesNm their thickness
 */
public record LayerMetrics(int layer, @Nullable String material, @Nullable Double finalThicknessNm,
		@Nullable Double meanRateNmPerS, @Nullable Double rateStandardDeviationNmPerS, double depositionSeconds, long readings, @Nullable Double targetThicknessNm,
		@Nullable Double thicknessDeviationPercent, @Nullable Double targetRateNmPerS,
		@Nullable Double rateDeviationPercent, double[] elapsedSeconds, double[] rateSeriesNmPerS,
		double[] thicknessSeriesNm) {
}
