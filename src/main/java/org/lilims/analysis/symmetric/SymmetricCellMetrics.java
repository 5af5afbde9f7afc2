package org.lilims.analysis.symmetric;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The metrics of a symmetric Li||Li cell's galvanostatic plating/stripping test.
 *
 * @param algorithm the algorithm's name, for provenance ({@value SymmetricCellAnalysis#ALGORITHM})
 * @param algorithmVersion its version ({@value SymmetricCellAnalysis#VERSION})
 * @param parameters the settings used
 * @param halfCycles every half-cycle, in order
 * @param cycles the plateau overpotential of every completed cycle (both half-cycles complete), in order
 * @param growth the growth of the plateau overpotential up to the failure; null with fewer than two completed cycles
 * before it
 * @param cycleLife the cycle life and what ended it
 * @param softShort the soft short, null when none was detected
 * @param nucleation the nucleation overvoltage of the first plating, null without a plating half-cycle that has a
 * plateau
 * @param symmetricPolarity whether the voltage's sign followed the direction (positive on stripping, negative on
 * plating) on at least 90 % of the rows, as in a symmetric cell; false for a full or half cell, whose voltage is
 * positive both ways: its "overpotentials" and cycle life here are meaningless
 */
public record SymmetricCellMetrics(String algorithm, int algorithmVersion, SymmetricCellAnalysisParameters parameters,
		List<HalfCycleMetrics> halfCycles, List<CycleOverpotential> cycles, @Nullable OverpotentialGrowth growth,
		CycleLife cycleLife, @Nullable SoftShort softShort, @Nullable NucleationOvervoltage nucleation,
		boolean symmetricPolarity) {

	public SymmetricCellMetrics {
		halfCycles = List.copyOf(halfCycles);
		cycles = List.copyOf(cycles);
	}

}
