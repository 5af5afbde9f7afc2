package org.lilims.analysis.eis;

import java.util.List;

/**
 * The interphase resistance R_int of one spectrum: the sum of the resistances of the circuit's RC or R-CPE arcs
 * (see {@link EquivalentCircuit#interphaseResistors()}), e.g. R1 of {@code R0-p(R1,CPE1)-W1}: the SEI and
 * charge-transfer resistance of a lithium electrode, without the bulk (electrolyte) resistance R0 and without
 * diffusion.
 *
 * @param ohms R_int
 * @param standardErrorOhms its standard error, from the fit's covariance (correlations included)
 * @param resistors the names of the summed resistors
 */
public record InterphaseResistance(double ohms, double standardErrorOhms, List<String> resistors) {

	public InterphaseResistance {
		resistors = List.copyOf(resistors);
	}

}
