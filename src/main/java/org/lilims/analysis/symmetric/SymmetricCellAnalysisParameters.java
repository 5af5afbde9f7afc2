package org.lilims.analysis.symmetric;

/**
 * The settings of the symmetric-cell analysis.
 *
 * @param cutOffVolts the cut-off on |V| that ends a symmetric cell's life (the cycler's safety limit)
 * @param cutOffToleranceVolts |V| counts as at the cut-off from {@code cutOffVolts - cutOffToleranceVolts} on: a cycler
 * stopping on its limit may record a value just below it (a 4.3 V limit reads 4.29999237 in public MACCOR exports)
 * @param plateauWindowStart start of the plateau window, as a fraction of the half-cycle's duration; the tip is looked
 * for before it
 * @param plateauWindowEnd end of the plateau window, as a fraction of the duration
 * @param completeChargeFraction the last half-cycle counts as complete when it passed at least this fraction of the
 * median charge of the complete half-cycles before it
 * @param shortCollapseFraction a half-cycle's plateau |V| below this fraction of the median of the half-cycles before
 * it is a collapse
 * @param shortReferenceHalfCycles how many complete half-cycles before a half-cycle make its median
 * @param shortMinimumHistoryHalfCycles no collapse is judged before this many complete half-cycles
 * @param shortPersistenceHalfCycles a soft short needs this many successive collapsed half-cycles (the first
 * included): a single low half-cycle is not one
 * @param peakingFraction the profile is peaking when the tip exceeds the middle |V| by at least this fraction
 * @param arcingFraction the profile is arcing when the late |V| exceeds the middle |V| by at least this fraction
 */
public record SymmetricCellAnalysisParameters(double cutOffVolts, double cutOffToleranceVolts,
		double plateauWindowStart, double plateauWindowEnd, double completeChargeFraction,
		double shortCollapseFraction, int shortReferenceHalfCycles, int shortMinimumHistoryHalfCycles,
		int shortPersistenceHalfCycles, double peakingFraction, double arcingFraction) {

	public SymmetricCellAnalysisParameters {
		if (!(cutOffVolts > 0) || !(cutOffToleranceVolts >= 0 && cutOffToleranceVolts < cutOffVolts)) {
			throw new IllegalArgumentException("the cut-off must be positive and its tolerance smaller, not "
					+ cutOffVolts + " and " + cutOffToleranceVolts);
		}
		if (!(plateauWindowStart >= 0 && plateauWindowStart < plateauWindowEnd && plateauWindowEnd <= 1)) {
			throw new IllegalArgumentException("the plateau window must satisfy 0 <= start < end <= 1, not "
					+ plateauWindowStart + " to " + plateauWindowEnd);
		}
		if (!(completeChargeFraction > 0 && completeChargeFraction <= 1)
				|| !(shortCollapseFraction > 0 && shortCollapseFraction < 1)) {
			throw new IllegalArgumentException("completeChargeFraction must be in (0, 1] and shortCollapseFraction in "
					+ "(0, 1), not " + completeChargeFraction + " and " + shortCollapseFraction);
		}
		if (shortReferenceHalfCycles < 1 || shortMinimumHistoryHalfCycles < 1 || shortPersistenceHalfCycles < 1) {
			throw new IllegalArgumentException("the soft-short half-cycle counts must be at least 1");
		}
		if (!(peakingFraction >= 0) || !(arcingFraction >= 0)) {
			throw new IllegalArgumentException("the shape fractions must not be negative");
		}
	}

	/**
	 * Cut-off 1.5 V (tolerance 1 mV), plateau from 10 % to 90 % of each half-cycle, last half-cycle complete from
	 * 98 % of the median charge, soft short when the plateau falls below half the median of the 10 half-cycles before
	 * it (judged from the 5th half-cycle on) for 4 half-cycles running, peaking from a tip 10 % above the middle,
	 * arcing from an end 5 % above it.
	 */
	public static SymmetricCellAnalysisParameters defaults() {
		return new SymmetricCellAnalysisParameters(1.5, 0.001, 0.1, 0.9, 0.98, 0.5, 10, 4, 4, 0.10, 0.05);
	}

	/**
	 * The same settings with another cut-off.
	 */
	public SymmetricCellAnalysisParameters withCutOffVolts(double volts) {
		return new SymmetricCellAnalysisParameters(volts, this.cutOffToleranceVolts, this.plateauWindowStart,
				this.plateauWindowEnd, this.completeChargeFraction, this.shortCollapseFraction,
				this.shortReferenceHalfCycles, this.shortMinimumHistoryHalfCycles, this.shortPersistenceHalfCycles,
				this.peakingFraction, this.arcingFraction);
	}

}
