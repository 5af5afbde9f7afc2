package org.lilims.analysis.cycles;

/**
 * One uninterrupted run of one direction (charging or discharging; rests inside do not end it): what it passed.
 */
final class HalfCycleRun {

	double counterAmpHours;

	double integralAmpHours;

	double wattHours;

	/** Counter increments where the file has a counter, else the integral. */
	void add(double counterIncrementAmpHours, double integralAmpHours, double wattHours) {
		this.counterAmpHours += Double.isNaN(counterIncrementAmpHours) ? integralAmpHours : counterIncrementAmpHours;
		this.integralAmpHours += integralAmpHours;
		this.wattHours += wattHours;
	}

	double ampHours() {
		return this.counterAmpHours;
	}

}
