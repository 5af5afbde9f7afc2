package org.lilims.analysis.eis;

import java.util.List;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

/**
 * The result of fitting an equivalent circuit to one spectrum.
 *
 * @param circuit the circuit string
 * @param parameters fitted values with standard errors, in the circuit's parameter order
 * @param weighting the residual weighting the fit minimised
 * @param chiSquare the minimised objective Σ (ΔRe² + ΔIm²)/σ² (in Ω² for {@link FitWeighting#UNIT})
 * @param reducedChiSquare χ² / (2N − k), N points, k parameters: the residual variance s² that scales the
 * covariance
 * @param rmseOhms √(Σ |Z_fit − Z|² / N), unweighted, as impedance.py's {@code rmse}
 * @param points N, the number of points fitted
 * @param iterations Levenberg–Marquardt iterations (the number of evaluations when the optimiser stopped by an
 * exception)
 * @param evaluations model evaluations
 * @param converged whether the optimiser met its tolerances; when false the values are the best point reached
 * @param fitted the fitted circuit's impedance at the measured frequencies, for plotting
 * @param interphaseResistance R_int, null when the circuit has no RC or R-CPE arc
 */
public record CircuitFit(String circuit, List<FittedParameter> parameters, FitWeighting weighting, double chiSquare,
		double reducedChiSquare, double rmseOhms, int points, int iterations, int evaluations, boolean converged,
		ImpedanceSpectrum fitted, @Nullable InterphaseResistance interphaseResistance) {

	public CircuitFit {
		parameters = List.copyOf(parameters);
	}

	/** The parameter of this name ({@code R1}, {@code CPE1_1}). */
	public FittedParameter parameter(String name) {
		return this.parameters.stream()
			.filter(parameter -> parameter.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("no parameter " + name + " in " + this.circuit));
	}

	/** The fitted value of the parameter of this name. */
	public double value(String name) {
		return parameter(name).value();
	}

	/** The fitted values in parameter order. */
	public double[] values() {
		return this.parameters.stream().mapToDouble(FittedParameter::value).toArray();
	}

}
