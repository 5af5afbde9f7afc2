package org.lilims.analysis.symmetric;

import java.util.Arrays;

/**
 * The running summary of the open half-cycle, in constant memory: {@link #BINS} time bins holding the integral of |V|
 * over time, the time covered and the largest |V| with its time. When a row falls beyond the last bin, neighbouring
 * bins are merged pairwise and the bin width doubles, so the bins always span between half and all of the half-cycle
 * so far. Adding a row is O(1) amortised and allocates nothing; the arrays are reused for every half-cycle.
 */
final class HalfCycleAccumulator {

	static final int BINS = 256;

	private static final double FIRST_BIN_SECONDS = 1.0 / 1024;

	private final double[] area = new double[BINS];

	private final double[] covered = new double[BINS];

	private final double[] max = new double[BINS];

	private final double[] maxAt = new double[BINS];

	private double binSeconds;

	private boolean open;

	private int index;

	private int cycle;

	private int fileCycle;

	private HalfCycleDirection direction = HalfCycleDirection.PLATING;

	private double startSeconds;

	private double lastTestSeconds;

	// time on current of the last row, from the first row
	private double lastSeconds;

	private double lastMagnitude;

	private double lastCurrent;

	private boolean interrupted;

	private double ampSeconds;

	private double peak;

	private boolean reachedCutOff;

	boolean open() {
		return this.open;
	}

	HalfCycleDirection direction() {
		return this.direction;
	}

	int cycle() {
		return this.cycle;
	}

	double chargeMilliampHours() {
		return this.ampSeconds / 3.6;
	}

	void start(int index, int cycle, int fileCycle, HalfCycleDirection direction, double testSeconds) {
		this.open = true;
		this.index = index;
		this.cycle = cycle;
		this.fileCycle = fileCycle;
		this.direction = direction;
		this.startSeconds = testSeconds;
		this.lastTestSeconds = testSeconds;
		this.lastSeconds = 0;
		this.lastMagnitude = Double.NaN;
		this.lastCurrent = 0;
		this.interrupted = false;
		this.ampSeconds = 0;
		this.peak = 0;
		this.reachedCutOff = false;
		this.binSeconds = FIRST_BIN_SECONDS;
		Arrays.fill(this.area, 0);
		Arrays.fill(this.covered, 0);
		Arrays.fill(this.max, Double.NEGATIVE_INFINITY);
		Arrays.fill(this.maxAt, 0);
	}

	/**
	 * A row that is not part of the half-cycle (rest, pause): the next row starts a new stretch, with nothing
	 * integrated across the gap.
	 */
	void interrupt() {
		this.interrupted = true;
	}

	/**
	 * Adds a row of this half-cycle.
	 * @param magnitude |V|
	 * @param current |I|, A
	 */
	void add(double testSeconds, double magnitude, double current, boolean atCutOff) {
		double seconds = this.lastSeconds;
		boolean first = Double.isNaN(this.lastMagnitude);
		if (!first && !this.interrupted) {
			seconds += Math.max(0, testSeconds - this.lastTestSeconds);
			fit(seconds);
			integrate(this.lastSeconds, seconds, this.lastMagnitude, magnitude);
			this.ampSeconds += 0.5 * (this.lastCurrent + current) * (seconds - this.lastSeconds);
		}
		this.interrupted = false;
		int bin = Math.min(BINS - 1, (int) (seconds / this.binSeconds));
		if (magnitude > this.max[bin]) {
			this.max[bin] = magnitude;
			this.maxAt[bin] = seconds;
		}
		if (magnitude > this.peak) {
			this.peak = magnitude;
		}
		this.reachedCutOff |= atCutOff;
		this.lastTestSeconds = testSeconds;
		this.lastSeconds = seconds;
		this.lastMagnitude = magnitude;
		this.lastCurrent = current;
	}

	// merges bins until the time falls inside the last one
	private void fit(double seconds) {
		while (seconds >= BINS * this.binSeconds) {
			int half = BINS / 2;
			for (int i = 0; i < half; i++) {
				int a = 2 * i;
				int b = a + 1;
				this.area[i] = this.area[a] + this.area[b];
				this.covered[i] = this.covered[a] + this.covered[b];
				boolean second = this.max[b] > this.max[a];
				this.max[i] = second ? this.max[b] : this.max[a];
				this.maxAt[i] = second ? this.maxAt[b] : this.maxAt[a];
			}
			Arrays.fill(this.area, half, BINS, 0);
			Arrays.fill(this.covered, half, BINS, 0);
			Arrays.fill(this.max, half, BINS, Double.NEGATIVE_INFINITY);
			this.binSeconds *= 2;
		}
	}

	// adds the trapezoid between two rows to the bins it covers, |V| linear in between
	private void integrate(double from, double to, double fromMagnitude, double toMagnitude) {
		if (to <= from) {
			return;
		}
		double width = this.binSeconds;
		int first = (int) (from / width);
		int last = Math.min(BINS - 1, (int) (to / width));
		if (first == last) {
			this.area[first] += 0.5 * (fromMagnitude + toMagnitude) * (to - from);
			this.covered[first] += to - from;
			return;
		}
		double slope = (toMagnitude - fromMagnitude) / (to - from);
		for (int bin = first; bin <= last; bin++) {
			double lo = Math.max(from, bin * width);
			double hi = Math.min(to, (bin + 1) * width);
			if (hi > lo) {
				double vLo = fromMagnitude + slope * (lo - from);
				double vHi = fromMagnitude + slope * (hi - from);
				this.area[bin] += 0.5 * (vLo + vHi) * (hi - lo);
				this.covered[bin] += hi - lo;
			}
		}
	}

	/**
	 * Time-weighted mean |V| between two times on current; a bin cut by an edge counts in proportion to its overlap.
	 * NaN when nothing is covered.
	 */
	private double mean(double from, double to) {
		if (!(to > from)) {
			return Double.NaN;
		}
		double width = this.binSeconds;
		double sum = 0;
		double time = 0;
		int first = Math.max(0, (int) (from / width));
		int last = Math.min(BINS - 1, (int) (to / width));
		for (int bin = first; bin <= last; bin++) {
			double overlap = Math.min(to, (bin + 1) * width) - Math.max(from, bin * width);
			if (overlap > 0) {
				double share = overlap / width;
				sum += this.area[bin] * share;
				time += this.covered[bin] * share;
			}
		}
		return (time > 0) ? sum / time : Double.NaN;
	}

	/**
	 * The half-cycle's metrics so far; the accumulator is left as it is.
	 */
	HalfCycleMetrics metrics(boolean followedByChange, SymmetricCellAnalysisParameters parameters) {
		double duration = this.lastSeconds;
		double windowStart = parameters.plateauWindowStart() * duration;
		double windowEnd = parameters.plateauWindowEnd() * duration;
		double quarter = (windowEnd - windowStart) / 4;
		double plateau = mean(windowStart, windowEnd);
		double early = mean(windowStart, windowStart + quarter);
		double middle = mean(windowStart + 1.5 * quarter, windowStart + 2.5 * quarter);
		double late = mean(windowEnd - quarter, windowEnd);
		double tip = Double.NEGATIVE_INFINITY;
		double tipAt = 0;
		for (int bin = 0; bin < BINS && (bin == 0 || bin * this.binSeconds < windowStart); bin++) {
			if (this.max[bin] > tip) {
				tip = this.max[bin];
				tipAt = this.maxAt[bin];
			}
		}
		return new HalfCycleMetrics(this.index, this.cycle, this.fileCycle, this.direction, this.startSeconds,
				duration, chargeMilliampHours(), plateau, this.peak, tip, tipAt, early, middle, late,
				shape(tip, middle, late, parameters), followedByChange && !this.reachedCutOff, this.reachedCutOff);
	}

	private static ProfileShape shape(double tip, double middle, double late,
			SymmetricCellAnalysisParameters parameters) {
		if (Double.isNaN(middle) || Double.isNaN(late)) {
			return ProfileShape.UNDEFINED;
		}
		boolean peaking = tip >= (1 + parameters.peakingFraction()) * middle;
		boolean arcing = late >= (1 + parameters.arcingFraction()) * middle;
		if (peaking && arcing) {
			return ProfileShape.PEAKING_AND_ARCING;
		}
		return peaking ? ProfileShape.PEAKING : (arcing ? ProfileShape.ARCING : ProfileShape.FLAT);
	}

}
