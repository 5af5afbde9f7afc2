package org.lilims.simulator;

/**
 * The noise-free |V| of a symmetric Li||Li cell during a half-cycle (the model in {@link SymmetricCellSimulator}'s
 * description), and the values derived from it that an analysis must recover.
 */
final class SymmetricCellModel {

	static final double ARCING = 0.25;

	static final double PEAKING = 0.15;

	static final double PEAK_DECAY_FRACTION = 0.01;

	static final double NUCLEATION_DECAY_FRACTION = 0.005;

	static final double SHORT_ONSET_FRACTION = 0.3;

	static final double DIVERGENCE_FRACTION = 0.6;

	static final double DIVERGENCE_OVERSHOOT = 1.2;

	static final double WINDOW_START = 0.1;

	static final double WINDOW_END = 0.9;

	private static final int PLATEAU_INTERVALS = 4000;

	private static final double TIP_GRID_SECONDS = 0.01;

	private final SymmetricCellParameters parameters;

	private final double halfCycleSeconds;

	private final double lateRiseCycles;

	private final double nucleationRiseSeconds;

	private final double nucleationDecaySeconds;

	private double nucleationAmplitude;

	SymmetricCellModel(SymmetricCellParameters parameters) {
		this.parameters = parameters;
		this.halfCycleSeconds = parameters.halfCycleSeconds();
		this.lateRiseCycles = Math.max(2, parameters.cycleLife() / 10.0);
		this.nucleationDecaySeconds = NUCLEATION_DECAY_FRACTION * this.halfCycleSeconds;
		this.nucleationRiseSeconds = Math.min(0.5, this.nucleationDecaySeconds / 10);
		calibrateNucleation();
	}

	// the tip's maximum is not the amplitude (the rise and the decay overlap): correct it until tip - plateau is
	// the requested overvoltage
	private void calibrateNucleation() {
		double wanted = this.parameters.nucleationOvervoltageVolts();
		this.nucleationAmplitude = wanted;
		for (int i = 0; i < 8 && wanted > 0; i++) {
			double error = wanted - (tipVolts() - plateauVolts(1, true));
			this.nucleationAmplitude += error / nucleationShapeMaximum();
		}
	}

	private double nucleationShapeMaximum() {
		double rise = this.nucleationRiseSeconds;
		double decay = this.nucleationDecaySeconds;
		double at = rise * Math.log(1 + decay / rise);
		return (1 - Math.exp(-at / rise)) * Math.exp(-at / decay);
	}

	/** Whether the cell shorts softly before it fails, within the procedure's cycles. */
	boolean shorts() {
		int cycle = this.parameters.softShortCycle();
		return cycle > 0 && cycle <= this.parameters.cycleLife() + 1 && cycle <= this.parameters.cyclesToRun();
	}

	/** Whether the cut-off is reached within the procedure's cycles. */
	boolean fails() {
		return !shorts() && this.parameters.cycleLife() < this.parameters.cyclesToRun();
	}

	boolean failing(int cycle, boolean plating) {
		return plating && cycle == this.parameters.cycleLife() + 1 && !shorts();
	}

	double overpotentialVolts(int cycle) {
		SymmetricCellParameters p = this.parameters;
		double linear = p.initialOverpotentialVolts() + p.overpotentialGrowthVoltsPerCycle() * (cycle - 1);
		double atEnd = p.initialOverpotentialVolts() + p.overpotentialGrowthVoltsPerCycle() * (p.cycleLife() - 1);
		return linear + atEnd * Math.exp(-(p.cycleLife() - cycle) / this.lateRiseCycles);
	}

	boolean shorted(int cycle, boolean plating, double seconds) {
		int shortCycle = this.parameters.softShortCycle();
		return shorts() && (cycle > shortCycle || (cycle == shortCycle
				&& (!plating || seconds >= SHORT_ONSET_FRACTION * this.halfCycleSeconds)));
	}

	/** The noise-free |V| at {@code seconds} into the half-cycle. */
	double magnitude(int cycle, boolean plating, double seconds) {
		if (shorted(cycle, plating, seconds)) {
			return this.parameters.softShortOverpotentialVolts();
		}
		double x = seconds / this.halfCycleSeconds;
		double eta = overpotentialVolts(cycle);
		double volts = eta * (1 + ARCING * x * x * x * x)
				+ PEAKING * eta * Math.exp(-seconds / (PEAK_DECAY_FRACTION * this.halfCycleSeconds));
		if (cycle == 1 && plating) {
			volts += this.nucleationAmplitude * (1 - Math.exp(-seconds / this.nucleationRiseSeconds))
					* Math.exp(-seconds / this.nucleationDecaySeconds);
		}
		if (failing(cycle, plating)) {
			double y = x / DIVERGENCE_FRACTION;
			volts += DIVERGENCE_OVERSHOOT * this.parameters.cutOffVolts() * y * y * y * y * y * y;
		}
		return volts;
	}

	/** The time-weighted mean |V| from 10 % to 90 % of the half-cycle (Simpson's rule). */
	double plateauVolts(int cycle, boolean plating) {
		double from = WINDOW_START * this.halfCycleSeconds;
		double h = (WINDOW_END - WINDOW_START) * this.halfCycleSeconds / PLATEAU_INTERVALS;
		double sum = magnitude(cycle, plating, from) + magnitude(cycle, plating, from + PLATEAU_INTERVALS * h);
		for (int i = 1; i < PLATEAU_INTERVALS; i++) {
			sum += ((i % 2 == 1) ? 4 : 2) * magnitude(cycle, plating, from + i * h);
		}
		return sum * h / 3 / (PLATEAU_INTERVALS * h);
	}

	/** The largest |V| of the first plating within its first 10 %. */
	double tipVolts() {
		double max = 0;
		double end = WINDOW_START * this.halfCycleSeconds;
		for (long i = 0; i * TIP_GRID_SECONDS <= end; i++) {
			max = Math.max(max, magnitude(1, true, i * TIP_GRID_SECONDS));
		}
		return max;
	}

	/** An upper bound of |V| over a healthy cycle. */
	double peakBoundVolts(int cycle) {
		return overpotentialVolts(cycle) * (1 + ARCING + PEAKING) + ((cycle == 1) ? this.nucleationAmplitude : 0);
	}

	/**
	 * Time into the failing half-cycle at which the simulated test stops: the first time of the recording grid at
	 * which |V| reaches the cut-off.
	 */
	double cutOffSeconds() {
		int cycle = this.parameters.cycleLife() + 1;
		double coarse = StepRecorder.coarseStepSeconds(this.parameters.samplingIntervalSeconds());
		for (long k = 1;; k++) {
			double t = StepRecorder.gridSeconds(k, coarse);
			if (magnitude(cycle, true, t) >= this.parameters.cutOffVolts()) {
				return t;
			}
		}
	}

}
