package org.lilims.simulator;

import static org.lilims.simulator.SymmetricCellParameters.positive;

/**
 * The equivalent circuit {@code R0-p(R1,CPE1)-W1} of a lithium electrode in a symmetric cell: bulk (electrolyte)
 * resistance R0 in series with the interphase (SEI and charge-transfer) resistance R1 parallel to a constant phase
 * element, then a semi-infinite Warburg element. R_int = R1. Definitions as impedance.py's (and LiLIMS's fitter):
 * {@code Z_CPE = 1/(Q (jω)^α)}, {@code Z_W = σ (1 - j)/√ω}.
 *
 * @param bulkResistanceOhms R0
 * @param interphaseResistanceOhms R1, the R_int a fit must recover
 * @param cpeQ Q of the CPE, Ω⁻¹·s^α
 * @param cpeAlpha α of the CPE, in (0, 1]
 * @param warburgSigma σ of the Warburg element, Ω·s^-½
 */
public record EisCircuitParameters(double bulkResistanceOhms, double interphaseResistanceOhms, double cpeQ,
		double cpeAlpha, double warburgSigma) {

	/** The circuit's notation, as the analysis fits it. */
	public static final String CIRCUIT = "R0-p(R1,CPE1)-W1";

	public EisCircuitParameters {
		positive("bulkResistanceOhms", bulkResistanceOhms);
		positive("interphaseResistanceOhms", interphaseResistanceOhms);
		positive("cpeQ", cpeQ);
		positive("warburgSigma", warburgSigma);
		if (!(cpeAlpha > 0 && cpeAlpha <= 1)) {
			throw new IllegalArgumentException("cpeAlpha must be in (0, 1], not " + cpeAlpha);
		}
	}

	/** The same circuit with another R_int. */
	public EisCircuitParameters withInterphaseResistanceOhms(double ohms) {
		return new EisCircuitParameters(this.bulkResistanceOhms, ohms, this.cpeQ, this.cpeAlpha, this.warburgSigma);
	}

	/**
	 * The noise-free impedance at {@code frequencyHertz}: {@code {Re, Im}}, Im signed (negative when capacitive).
	 */
	public double[] impedance(double frequencyHertz) {
		double omega = 2 * Math.PI * frequencyHertz;
		// Y = 1/R1 + Q (jω)^α, (jω)^α = ω^α (cos(απ/2) + j sin(απ/2))
		double magnitude = this.cpeQ * Math.pow(omega, this.cpeAlpha);
		double yRe = 1 / this.interphaseResistanceOhms + magnitude * Math.cos(this.cpeAlpha * Math.PI / 2);
		double yIm = magnitude * Math.sin(this.cpeAlpha * Math.PI / 2);
		double denominator = yRe * yRe + yIm * yIm;
		double warburg = this.warburgSigma / Math.sqrt(omega);
		return new double[] { this.bulkResistanceOhms + yRe / denominator + warburg, -yIm / denominator - warburg };
	}

}
