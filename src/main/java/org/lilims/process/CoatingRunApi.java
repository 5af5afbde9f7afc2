package org.lilims.process;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may ask of PVD coating runs.
 */
public interface CoatingRunApi {

	/** The run's evaporated layers in order; empty when the step is not a PVD coating run. */
	Optional<List<EvaporatedLayer>> evaporatedLayers(long stepId);

	/**
	 * An evaporation layer as the run recorded it.
	 *
	 * @param material the evaporated material, e.g. Zn
	 * @param targetThicknessNm its target thickness, if recorded
	 * @param rateNmPerS its set-point rate, if recorded
	 */
	record EvaporatedLayer(@Nullable String material, @Nullable Double targetThicknessNm, @Nullable Double rateNmPerS) {
	}

}
