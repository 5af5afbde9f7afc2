package org.lilims.instrument;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One reading of a deposition controller (quartz crystal monitor), normalised. Numbers missing in the source are NaN.
 *
 * @param lineNumber 1-based line of the reading in the file
 * @param elapsedSeconds time on one axis for the whole file: layer timers that restart are offset by the layer's start
 * @param layer layer number, 1-based
 * @param layerElapsedSeconds time since the layer's first reading
 * @param sensor crystal sensor number, 1-based (1 when the file has one sensor)
 * @param phase the controller's phase or state as written, null when absent
 * @param rateNanometresPerSecond deposition rate
 * @param thicknessNanometres layer thickness (tooling factor and density already applied by the controller)
 * @param powerPercent source power
 * @param crystalFrequencyHertz crystal frequency (about 5.96e6 Hz for a fresh 6 MHz crystal)
 * @param crystalLifePercent crystal life used
 * @param sourceUnits unit of each quantity in the source (e.g. {@code thickness -> kÅ})
 * @param extras every other column, by name, as written
 */
public record DepositionRecord(long lineNumber, double elapsedSeconds, int layer, double layerElapsedSeconds,
		int sensor, @Nullable String phase, double rateNanometresPerSecond, double thicknessNanometres,
		double powerPercent, double crystalFrequencyHertz, double crystalLifePercent, Map<String, String> sourceUnits,
		Map<String, String> extras) {
}
