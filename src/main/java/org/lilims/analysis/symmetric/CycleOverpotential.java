package org.lilims.analysis.symmetric;

/**
 * The plateau overpotential of one completed cycle.
 *
 * @param cycle cycle number, counted from the data
 * @param platingPlateauVolts plateau |V| of its plating half-cycle
 * @param strippingPlateauVolts plateau |V| of its stripping half-cycle
 * @param plateauVolts the mean of the two
 */
public record CycleOverpotential(int cycle, double platingPlateauVolts, double strippingPlateauVolts,
		double plateauVolts) {
}
