package org.lilims.analysis.eis;

/**
 * The outcome of a Lin-KK test of one spectrum. Residuals are relative to |Z| of each point; a spectrum of a
 * linear, causal and stable system has small residuals scattered around zero (below about 1 % for good data), while
 * drift or non-linearity shows as large or systematic ones, typically at low frequency.
 *
 * @param rcElements M, the number of RC elements used
 * @param mu 1 − Σ|R_k < 0| / Σ|R_k ≥ 0|: close to 1 until the model over-fits and resistances turn negative
 * @param fitted the KK-compliant model at the measured frequencies
 * @param residualsReal (Re Z − Re Z_fit) / |Z| per point
 * @param residualsImaginary (Im Z − Im Z_fit) / |Z| per point
 * @param ohmicResistanceOhms the model's series resistance
 * @param inductanceHenry the model's series inductance
 */
public record LinKkResult(int rcElements, double mu, ImpedanceSpectrum fitted, double[] residualsReal,
		double[] residualsImaginary, double ohmicResistanceOhms, double inductanceHenry) {

	/** The largest |residual|, real or imaginary, as a fraction of |Z|. */
	public double maxAbsResidual() {
		double max = 0;
		for (int i = 0; i < this.residualsReal.length; i++) {
			max = Math.max(max, Math.max(Math.abs(this.residualsReal[i]), Math.abs(this.residualsImaginary[i])));
		}
		return max;
	}

	/** Whether every residual is within {@code maxRelativeResidual} (e.g. 0.01 for 1 %) of |Z|. */
	public boolean isValid(double maxRelativeResidual) {
		return maxAbsResidual() <= maxRelativeResidual;
	}

}
