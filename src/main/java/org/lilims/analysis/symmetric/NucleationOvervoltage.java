package org.lilims.analysis.symmetric;

/**
 * The nucleation overvoltage of the first plating: the voltage tip needed to nucleate Li on the electrode, above the
 * plateau at which the nuclei then grow.
 *
 * @param halfCycleIndex index of the first plating half-cycle
 * @param tipVolts largest |V| before its plateau window (the first 10 % of its duration by default)
 * @param tipSeconds time of the tip from the start of the half-cycle
 * @param plateauVolts its plateau |V| (see {@link HalfCycleMetrics#plateauVolts()})
 * @param overvoltageVolts tip minus plateau
 */
public record NucleationOvervoltage(int halfCycleIndex, double tipVolts, double tipSeconds, double plateauVolts,
		double overvoltageVolts) {
}
