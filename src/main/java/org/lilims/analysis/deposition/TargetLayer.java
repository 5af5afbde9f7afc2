package org.lilims.analysis.deposition;

import org.jspecify.annotations.Nullable;

/**
 * An evaporated layer as the coating run recorded it.
 *
 * @param material the evaporated material, e.g. Zn
 * @param targetThicknessNm its target thickness
 * @param rateNmPerS its set-point rate
 */
public record TargetLayer(@Nullable String material, @Nullable Double targetThicknessNm,
		@Nullable Double rateNmPerS) {
}
