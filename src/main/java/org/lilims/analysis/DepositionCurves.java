package org.lilims.analysis;

import org.jspecify.annotations.Nullable;

/**
 * Rate and thickness against time of one layer of a coating run's deposition log, as stored by its analysis (at most
 * {@value org.lilims.analysis.deposition.DepositionAnalysis#MAX_PLOTTED} readings, evenly picked).
 *
 * @param layer the controller's layer number
 * @param material the film material the log names, if it does
 * @param fileName the log the readings come from
 * @param elapsedSeconds the readings' time on the log's axis
 * @param rateNmPerS their rate (NaN where the controller had none)
 * @param thicknessNm their thickness
 */
public record DepositionCurves(int layer, @Nullable String material, String fileName, double[] elapsedSeconds,
		double[] rateNmPerS, double[] thicknessNm) {
}
