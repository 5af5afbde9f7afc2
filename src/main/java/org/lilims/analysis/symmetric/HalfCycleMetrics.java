package org.lilims.analysis.symmetric;

/**
 * One half-cycle of a symmetric cell: a run of rows of one direction (State {@code C} or {@code D}), from one change of
 * direction to the next. Rest and other rows inside the run are not part of it: their time is not counted and nothing
 * is integrated across them. Times are "time on current", from the half-cycle's first row.
 * <p>
 * Averages are time-weighted: |V| is integrated between successive rows by the trapezoidal rule and divided by the
 * time, so denser recording (on voltage change) does not weigh more. Windows are fractions of the duration, resolved
 * to better than 1/128 of it (each half-cycle is summarised in 256 time bins, whatever its number of rows, and a bin
 * cut by a window's edge counts in proportion to its overlap).
 *
 * @param index position from 1
 * @param cycle cycle number counted from the data: cycle 1 starts with the first half-cycle, and a new cycle starts
 * each time that first direction comes back
 * @param fileCycle the file's own cycle number on the half-cycle's first row
 * @param direction plating or stripping
 * @param startSeconds test time of the first row
 * @param durationSeconds time on current from the first row to the last
 * @param chargeMilliampHours charge passed: |I| integrated over time (trapezoidal rule), whatever the file's capacity
 * columns count
 * @param plateauVolts plateau overpotential: mean |V| from 10 % to 90 % of the duration (by default, see
 * {@link SymmetricCellAnalysisParameters#plateauWindowStart()}); NaN without duration
 * @param peakVolts largest |V| of any row
 * @param tipVolts largest |V| before the plateau window (the first 10 % by default)
 * @param tipSeconds when the tip was, from the first row
 * @param earlyVolts mean |V| over the first quarter of the plateau window (10 %–30 % by default)
 * @param middleVolts mean |V| over the middle quarter of the plateau window (40 %–60 % by default)
 * @param lateVolts mean |V| over the last quarter of the plateau window (70 %–90 % by default)
 * @param shape the profile's shape, from the tip, middle and late values
 * @param complete whether the half-cycle ran to its end: followed by a change of direction, or (the last one) passed
 * at least {@link SymmetricCellAnalysisParameters#completeChargeFraction()} of the median charge of the others; never
 * when it reached the cut-off
 * @param reachedCutOff whether |V| reached the cut-off in it
 */
public record HalfCycleMetrics(int index, int cycle, int fileCycle, HalfCycleDirection direction, double startSeconds,
		double durationSeconds, double chargeMilliampHours, double plateauVolts, double peakVolts, double tipVolts,
		double tipSeconds, double earlyVolts, double middleVolts, double lateVolts, ProfileShape shape,
		boolean complete, boolean reachedCutOff) {

	HalfCycleMetrics withComplete(boolean complete) {
		return new HalfCycleMetrics(this.index, this.cycle, this.fileCycle, this.direction, this.startSeconds,
				this.durationSeconds, this.chargeMilliampHours, this.plateauVolts, this.peakVolts, this.tipVolts,
				this.tipSeconds, this.earlyVolts, this.middleVolts, this.lateVolts, this.shape, complete,
				this.reachedCutOff);
	}

}
