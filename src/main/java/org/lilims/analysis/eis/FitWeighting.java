package org.lilims.analysis.eis;

/**
 * How the residuals of real and imaginary parts are weighted in the least-squares objective.
 */
public enum FitWeighting {

	/** Unweighted: Σ (ΔRe² + ΔIm²), impedance.py's default. */
	UNIT,

	/**
	 * Each point's residuals divided by |Z| of the data (impedance.py with {@code sigma = [|Z|, |Z|]}): every
	 * decade counts alike, not only the large low-frequency impedances.
	 */
	MODULUS

}
