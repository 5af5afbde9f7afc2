package org.lilims.analysis.eis;

/**
 * Settings of the Lin-KK test; {@link #DEFAULTS} are impedance.py's ({@code linKK(f, Z)}).
 *
 * @param muCutoff the number of RC elements grows from 1 until μ ≤ this (0.85, Schönleber et al.'s heuristic); NaN
 * to use {@code maxRcElements} elements at once
 * @param maxRcElements the most RC elements tried
 * @param fit the parts regressed on
 * @param seriesCapacitance whether the model has a series capacitor, for spectra without a low-frequency real
 * intercept (blocking electrodes)
 */
public record LinKkOptions(double muCutoff, int maxRcElements, LinKkFit fit, boolean seriesCapacitance) {

	/** μ cutoff 0.85, at most 50 RC elements, real-part fit, no series capacitor. */
	public static final LinKkOptions DEFAULTS = new LinKkOptions(0.85, 50, LinKkFit.REAL, false);

	public LinKkOptions {
		if (maxRcElements < 1) {
			throw new IllegalArgumentException("maxRcElements must be at least 1, got " + maxRcElements);
		}
	}

	public LinKkOptions withFit(LinKkFit fit) {
		return new LinKkOptions(this.muCutoff, this.maxRcElements, fit, this.seriesCapacitance);
	}

	public LinKkOptions withSeriesCapacitance(boolean seriesCapacitance) {
		return new LinKkOptions(this.muCutoff, this.maxRcElements, this.fit, seriesCapacitance);
	}

	/** A fixed number of RC elements, without the μ criterion. */
	public LinKkOptions withRcElements(int rcElements) {
		return new LinKkOptions(Double.NaN, rcElements, this.fit, this.seriesCapacitance);
	}

}
