package org.lilims.analysis.eis;

/**
 * A fitted parameter of an equivalent circuit.
 *
 * @param name impedance.py's name, e.g. {@code R0}, {@code CPE1_0}, {@code CPE1_1} (see {@link CircuitParameter})
 * @param element the element's name, e.g. {@code CPE1}
 * @param quantity the symbol within the element, e.g. {@code Q}, {@code alpha}
 * @param unit unit symbol, {@code 1} when dimensionless
 * @param value best-fit value
 * @param standardError one standard deviation from the covariance √diag((JᵀJ)⁻¹·s²), s² the reduced χ² (as
 * impedance.py's {@code conf_}); NaN when the parameter is not determined by the data
 * @param initialValue the value the fit started from
 */
public record FittedParameter(String name, String element, String quantity, String unit, double value,
		double standardError, double initialValue) {

	/** standardError / value. */
	public double relativeStandardError() {
		return this.standardError / Math.abs(this.value);
	}

}
