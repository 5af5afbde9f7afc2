package org.lilims.simulator;

import java.util.List;

/**
 * What a correct analysis of a simulated symmetric cell must recover. Voltages are the noise-free model's, so a
 * recovered value differs by the noise and the recording resolution; counts are exact.
 *
 * @param parameters the simulation's parameters
 * @param outcome how the test ended
 * @param cycleLife completed cycles before the cut-off was reached ({@link Outcome#CUT_OFF_REACHED}); before the
 * soft short ({@link Outcome#SOFT_SHORT}); else the completed cycles, a lower bound ({@link Outcome#STILL_CYCLING})
 * @param completedCycles cycles whose plating and stripping were both completed
 * @param cutOffCycle cycle in whose plating half-cycle the cut-off was reached, 0 when it was not
 * @param softShortCycle cycle in which the soft short formed, 0 when none did
 * @param nucleationTipVolts largest |V| within the first 10 % of the first plating
 * @param nucleationPlateauVolts plateau |V| of the first plating (time-weighted mean from 10 % to 90 % of it)
 * @param nucleationOvervoltageVolts tip minus plateau
 * @param halfCycles every half-cycle in the order simulated, the one stopped at the cut-off included
 */
public record SymmetricCellGroundTruth(SymmetricCellParameters parameters, Outcome outcome, int cycleLife,
		int completedCycles, int cutOffCycle, int softShortCycle, double nucleationTipVolts,
		double nucleationPlateauVolts, double nucleationOvervoltageVolts, List<HalfCycle> halfCycles) {

	public SymmetricCellGroundTruth {
		halfCycles = List.copyOf(halfCycles);
	}

	/** How a simulated symmetric-cell test ended. */
	public enum Outcome {

		/** |V| reached the cut-off and the test stopped. */
		CUT_OFF_REACHED,

		/** A soft short formed; the test ran on to the end of its procedure at a collapsed overpotential. */
		SOFT_SHORT,

		/** The procedure's cycles were done before the cell failed (a censored cycle life). */
		STILL_CYCLING

	}

	/**
	 * One half-cycle.
	 * @param index position from 1
	 * @param cycle cycle number from 1 (plating first)
	 * @param plating plating (negative current and voltage) rather than stripping
	 * @param plateauVolts noise-free mean |V| from 10 % to 90 % of the half-cycle, NaN for the one stopped at the
	 * cut-off
	 * @param chargeMilliampHours charge passed
	 * @param complete whether it passed its full areal capacity
	 */
	public record HalfCycle(int index, int cycle, boolean plating, double plateauVolts, double chargeMilliampHours,
			boolean complete) {
	}

}
