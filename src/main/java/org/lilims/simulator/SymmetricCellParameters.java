package org.lilims.simulator;

import java.util.Random;

/**
 * A simulated symmetric Li||Li cell cycled galvanostatically: plating and stripping of a fixed areal capacity at a
 * constant current density until the voltage reaches the cut-off or the procedure's cycles are done.
 * <p>
 * The plateau overpotential of cycle {@code c} is {@code initial + growth (c - 1)} plus a late-life rise
 * {@code (initial + growth (N - 1)) exp(-(N - c) / max(2, N/10))}, {@code N = cycleLife}, which doubles it by cycle
 * {@code N}; the cut-off is then reached in the plating half-cycle of cycle {@code N + 1}, where the voltage diverges
 * (electrolyte and Li depletion), and the test stops there as a cycler's safety limit stops it. The voltage within a
 * half-cycle is described with {@link SymmetricCellSimulator}.
 *
 * @param currentDensityMilliampPerCm2 current density of plating and stripping
 * @param arealCapacityMilliampHourPerCm2 capacity plated (then stripped) in each half-cycle
 * @param electrodeAreaCm2 electrode area (a 12 mm disc: 1.131 cm²)
 * @param nucleationOvervoltageVolts height of the voltage tip at the start of the first plating above that
 * half-cycle's plateau (its mean |V| from 10 % to 90 % of its duration)
 * @param initialOverpotentialVolts plateau overpotential of cycle 1 (before the arcing toward the end of each
 * half-cycle, which adds up to 25 % at its end)
 * @param overpotentialGrowthVoltsPerCycle linear growth of the plateau overpotential per cycle
 * @param cycleLife number of completed cycles before the voltage reaches the cut-off
 * @param cutOffVolts the cut-off (safety limit) on |V|
 * @param cyclesToRun the procedure's number of cycles; the test ends after them if the cut-off was not reached
 * @param softShortCycle cycle in whose plating half-cycle (at 30 % of it) a soft short forms, 0 for none: the
 * overpotential collapses to {@code softShortOverpotentialVolts} and stays there, flat (ohmic), and the cut-off is
 * never reached
 * @param softShortOverpotentialVolts |V| of a shorted cell
 * @param restSeconds open-circuit rest after each half-cycle (0: none)
 * @param initialRestSeconds open-circuit rest before the first plating
 * @param samplingIntervalSeconds recording interval
 * @param recordVoltageChangeVolts a sample is also recorded whenever the voltage moves by this much
 * @param noiseVolts standard deviation of the voltage noise
 * @param seed seed of the noise
 */
public record SymmetricCellParameters(double currentDensityMilliampPerCm2, double arealCapacityMilliampHourPerCm2,
		double electrodeAreaCm2, double nucleationOvervoltageVolts, double initialOverpotentialVolts,
		double overpotentialGrowthVoltsPerCycle, int cycleLife, double cutOffVolts, int cyclesToRun, int softShortCycle,
		double softShortOverpotentialVolts, double restSeconds, double initialRestSeconds,
		double samplingIntervalSeconds, double recordVoltageChangeVolts, double noiseVolts, long seed) {

	/** Area of a 12 mm electrode disc, cm². */
	public static final double DISC_12_MM_AREA_CM2 = Math.PI * 0.6 * 0.6;

	public SymmetricCellParameters {
		positive("currentDensityMilliampPerCm2", currentDensityMilliampPerCm2);
		positive("arealCapacityMilliampHourPerCm2", arealCapacityMilliampHourPerCm2);
		positive("electrodeAreaCm2", electrodeAreaCm2);
		positive("initialOverpotentialVolts", initialOverpotentialVolts);
		positive("cutOffVolts", cutOffVolts);
		positive("softShortOverpotentialVolts", softShortOverpotentialVolts);
		positive("samplingIntervalSeconds", samplingIntervalSeconds);
		positive("recordVoltageChangeVolts", recordVoltageChangeVolts);
		notNegative("nucleationOvervoltageVolts", nucleationOvervoltageVolts);
		notNegative("overpotentialGrowthVoltsPerCycle", overpotentialGrowthVoltsPerCycle);
		notNegative("restSeconds", restSeconds);
		notNegative("initialRestSeconds", initialRestSeconds);
		notNegative("noiseVolts", noiseVolts);
		if (cycleLife < 1 || cyclesToRun < 1 || softShortCycle < 0) {
			throw new IllegalArgumentException("cycleLife and cyclesToRun must be at least 1 and softShortCycle at "
					+ "least 0, not " + cycleLife + ", " + cyclesToRun + " and " + softShortCycle);
		}
	}

	/**
	 * 1 mA/cm², 0.5 mAh/cm² per half-cycle, 12 mm discs, 0.26 V nucleation tip on 0.03 V rising by 0.2 mV per cycle,
	 * cut-off ±1.5 V reached after 200 cycles of 1000 planned, no short, no rests (10 min before the start), a sample
	 * every 10 s or 2 mV, 0.5 mV noise, seed 1.
	 */
	public static SymmetricCellParameters defaults() {
		return new SymmetricCellParameters(1.0, 0.5, DISC_12_MM_AREA_CM2, 0.26, 0.03, 0.0002, 200, 1.5, 1000, 0, 0.004,
				0, 600, 10, 0.002, 0.0005, 1);
	}

	/**
	 * A builder starting from these parameters.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The same cell with the electrode's own parameters (nucleation overvoltage, overpotential and its growth, cycle
	 * life) scattered as from cell to cell: each multiplied by {@code exp(relativeSpread * z)}, {@code z} standard
	 * normal (cut at ±2.5) drawn from {@code cellSeed}, which also becomes the noise seed.
	 */
	public SymmetricCellParameters scattered(long cellSeed, double relativeSpread) {
		Random random = new Random(cellSeed);
		return toBuilder().nucleationOvervoltageVolts(this.nucleationOvervoltageVolts * factor(random, relativeSpread))
			.initialOverpotentialVolts(this.initialOverpotentialVolts * factor(random, relativeSpread))
			.overpotentialGrowthVoltsPerCycle(this.overpotentialGrowthVoltsPerCycle * factor(random, relativeSpread))
			.cycleLife(Math.max(1, (int) Math.round(this.cycleLife * factor(random, relativeSpread))))
			.seed(cellSeed)
			.build();
	}

	/** The constant current, A. */
	public double currentAmperes() {
		return this.currentDensityMilliampPerCm2 * this.electrodeAreaCm2 / 1000;
	}

	/** The duration of a full half-cycle, s. */
	public double halfCycleSeconds() {
		return 3600 * this.arealCapacityMilliampHourPerCm2 / this.currentDensityMilliampPerCm2;
	}

	/** The charge passed in a full half-cycle, mAh. */
	public double halfCycleMilliampHours() {
		return this.arealCapacityMilliampHourPerCm2 * this.electrodeAreaCm2;
	}

	/**
	 * Changes some parameters of a copy: {@code defaults().toBuilder().cycleLife(200).build()}.
	 */
	public static final class Builder {

		private double currentDensity;

		private double arealCapacity;

		private double area;

		private double nucleation;

		private double initialOverpotential;

		private double growth;

		private int cycleLife;

		private double cutOff;

		private int cyclesToRun;

		private int softShortCycle;

		private double softShortOverpotential;

		private double rest;

		private double initialRest;

		private double interval;

		private double voltageChange;

		private double noise;

		private long seed;

		private Builder(SymmetricCellParameters p) {
			this.currentDensity = p.currentDensityMilliampPerCm2;
			this.arealCapacity = p.arealCapacityMilliampHourPerCm2;
			this.area = p.electrodeAreaCm2;
			this.nucleation = p.nucleationOvervoltageVolts;
			this.initialOverpotential = p.initialOverpotentialVolts;
			this.growth = p.overpotentialGrowthVoltsPerCycle;
			this.cycleLife = p.cycleLife;
			this.cutOff = p.cutOffVolts;
			this.cyclesToRun = p.cyclesToRun;
			this.softShortCycle = p.softShortCycle;
			this.softShortOverpotential = p.softShortOverpotentialVolts;
			this.rest = p.restSeconds;
			this.initialRest = p.initialRestSeconds;
			this.interval = p.samplingIntervalSeconds;
			this.voltageChange = p.recordVoltageChangeVolts;
			this.noise = p.noiseVolts;
			this.seed = p.seed;
		}

		public Builder currentDensityMilliampPerCm2(double value) {
			this.currentDensity = value;
			return this;
		}

		public Builder arealCapacityMilliampHourPerCm2(double value) {
			this.arealCapacity = value;
			return this;
		}

		public Builder electrodeAreaCm2(double value) {
			this.area = value;
			return this;
		}

		public Builder nucleationOvervoltageVolts(double value) {
			this.nucleation = value;
			return this;
		}

		public Builder initialOverpotentialVolts(double value) {
			this.initialOverpotential = value;
			return this;
		}

		public Builder overpotentialGrowthVoltsPerCycle(double value) {
			this.growth = value;
			return this;
		}

		public Builder cycleLife(int value) {
			this.cycleLife = value;
			return this;
		}

		public Builder cutOffVolts(double value) {
			this.cutOff = value;
			return this;
		}

		public Builder cyclesToRun(int value) {
			this.cyclesToRun = value;
			return this;
		}

		public Builder softShortCycle(int value) {
			this.softShortCycle = value;
			return this;
		}

		public Builder softShortOverpotentialVolts(double value) {
			this.softShortOverpotential = value;
			return this;
		}

		public Builder restSeconds(double value) {
			this.rest = value;
			return this;
		}

		public Builder initialRestSeconds(double value) {
			this.initialRest = value;
			return this;
		}

		public Builder samplingIntervalSeconds(double value) {
			this.interval = value;
			return this;
		}

		public Builder recordVoltageChangeVolts(double value) {
			this.voltageChange = value;
			return this;
		}

		public Builder noiseVolts(double value) {
			this.noise = value;
			return this;
		}

		public Builder seed(long value) {
			this.seed = value;
			return this;
		}

		public SymmetricCellParameters build() {
			return new SymmetricCellParameters(this.currentDensity, this.arealCapacity, this.area, this.nucleation,
					this.initialOverpotential, this.growth, this.cycleLife, this.cutOff, this.cyclesToRun,
					this.softShortCycle, this.softShortOverpotential, this.rest, this.initialRest, this.interval,
					this.voltageChange, this.noise, this.seed);
		}

	}

	static double factor(Random random, double relativeSpread) {
		return Math.exp(relativeSpread * Math.max(-2.5, Math.min(2.5, random.nextGaussian())));
	}

	static void positive(String name, double value) {
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(name + " must be positive and finite, not " + value);
		}
	}

	static void notNegative(String name, double value) {
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(name + " must be zero or positive and finite, not " + value);
		}
	}

}
