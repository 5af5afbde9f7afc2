package org.lilims.analysis.cycles;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the full-cell metrics need besides the cycles.
 *
 * @param referenceCycles the reference capacity of state of health is the highest discharge capacity among this many
 * first complete cycles (default 3)
 * @param sohThresholdsPercent the states of health whose first crossing is reported (default 80, 90, 70)
 * @param retentionAtCycles the cycles whose capacity retention is reported (default 50, 100, 200)
 * @param cathodeActiveMassGrams active material of the cathode, for specific capacities; null when unknown
 * @param electrodeAreaCm2 electrode area, for areal capacities; null when unknown
 */
public record FullCellParameters(int referenceCycles, List<Double> sohThresholdsPercent,
		List<Integer> retentionAtCycles, @Nullable Double cathodeActiveMassGrams, @Nullable Double electrodeAreaCm2) {

	public static FullCellParameters defaults(@Nullable Double cathodeActiveMassGrams,
			@Nullable Double electrodeAreaCm2) {
		return new FullCellParameters(3, List.of(80.0, 90.0, 70.0), List.of(50, 100, 200), cathodeActiveMassGrams,
				electrodeAreaCm2);
	}

}
