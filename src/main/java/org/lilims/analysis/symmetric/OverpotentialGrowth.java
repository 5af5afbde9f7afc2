package org.lilims.analysis.symmetric;

/**
 * How the plateau overpotential of completed cycles grew, from the first completed cycle to the last one before the
 * cell failed (the cut-off or a soft short); the cycles after a soft short are left out.
 *
 * @param firstCycle first completed cycle
 * @param lastCycle last completed cycle before the failure
 * @param cycles number of completed cycles used
 * @param firstVolts plateau overpotential of the first
 * @param lastVolts plateau overpotential of the last
 * @param changeMillivolts last minus first
 * @param ratio last over first
 * @param slopeMillivoltsPerCycle least-squares slope of the plateau overpotential over the cycle number
 */
public record OverpotentialGrowth(int firstCycle, int lastCycle, int cycles, double firstVolts, double lastVolts,
		double changeMillivolts, double ratio, double slopeMillivoltsPerCycle) {
}
