package org.lilims.instrument;

/**
 * Test time from a Neware time column that restarts at 0 with each step: where the step changes and the time goes
 * back, the last time of the step before is added to all that follows. A column that already counts the whole test
 * never goes back at a step change and is kept as it is. Fed one row at a time, in file order.
 */
final class StepTimeOffset {

	private int step = Integer.MIN_VALUE;

	private double offsetSeconds;

	private double lastSeconds;

	/**
	 * The test time of a row of {@code step} at {@code seconds} as the file counts them; NaN stays NaN.
	 */
	double testTimeSeconds(int step, double seconds) {
		if (Double.isNaN(seconds)) {
			return seconds;
		}
		if (step != this.step && seconds < this.lastSeconds) {
			this.offsetSeconds += this.lastSeconds;
		}
		this.step = step;
		this.lastSeconds = seconds;
		return this.offsetSeconds + seconds;
	}

}
