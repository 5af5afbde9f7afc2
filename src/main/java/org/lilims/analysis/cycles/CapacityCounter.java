package org.lilims.analysis.cycles;

/**
 * Turns an instrument's capacity (or energy) counter into increments, whatever the counter's habit: MACCOR counts
 * from zero at each change of direction, Neware at each step, Arbin per cycle, others over the whole test. A value
 * below the last one means the counter was reset (the increment is then the value itself); otherwise it continued.
 * <p>
 * The one ambiguity: a reset counter whose first new value already exceeds the last value of the previous run is
 * taken as continuing, losing at most that previous run's small total (a run shorter than one sample interval).
 */
final class CapacityCounter {

	private double last;

	/** The increment since the last value of this counter; NaN for a NaN value (the caller then integrates). */
	double increment(double value) {
		if (Double.isNaN(value)) {
			return Double.NaN;
		}
		double reference = (value >= this.last) ? this.last : 0;
		this.last = value;
		return value - reference;
	}

}
