package org.lilims.simulator;

import static org.lilims.simulator.SymmetricCellParameters.notNegative;
import static org.lilims.simulator.SymmetricCellParameters.positive;

/**
 * A simulated NMC622||Li coin cell cycled at constant C-rate between 3.0 and 4.3 V: constant-current charge
 * (optionally followed by a constant-voltage hold at 4.3 V), rest, constant-current discharge, rest.
 * <p>
 * Discharge capacity fades linearly, then faster past a knee, shaped so that the state of health (discharge capacity
 * over the reference, the largest discharge capacity of cycles 1 to 3) first falls below 80 % in cycle
 * {@code soh80Cycle}. Cycle 1 delivers 1 % less than cycle 2 (activation).
 *
 * @param cathodeActiveMassMilligrams mass of NMC622 in the cathode
 * @param initialSpecificCapacityMilliampHourPerGram specific discharge capacity of cycle 2 (≈ 160 at 0.2C); also
 * sets the current: {@code cRate * mass * specific capacity}
 * @param cRate charge and discharge rate
 * @param firstCycleCoulombicEfficiency discharge over charge capacity in cycle 1 (≈ 0.85–0.90 for NMC622)
 * @param coulombicEfficiency discharge over charge capacity from cycle 2 on (≈ 0.995–0.999)
 * @param linearFadePerCycle fraction of the reference lost per cycle before the knee
 * @param soh80Cycle cycle in which the state of health first falls below 80 %
 * @param cyclesToRun the procedure's number of cycles
 * @param constantVoltageCapacityFraction share of the charge capacity passed in the constant-voltage hold (0: no
 * hold)
 * @param constantVoltageEndCurrentRatio the hold ends when the current has fallen to this fraction of the
 * constant-current value (0.25 at 0.2C: C/20)
 * @param restSeconds open-circuit rest after each charge and discharge
 * @param initialRestSeconds open-circuit rest before the first charge
 * @param samplingIntervalSeconds recording interval
 * @param recordVoltageChangeVolts a sample is also recorded whenever the voltage moves by this much
 * @param capacityScatter largest relative deviation of a cycle's discharge capacity from the fade curve (uniform)
 * @param noiseVolts standard deviation of the voltage noise
 * @param seed seed of the capacity scatter and the noise
 */
public record FullCellParameters(double cathodeActiveMassMilligrams, double initialSpecificCapacityMilliampHourPerGram,
		double cRate, double firstCycleCoulombicEfficiency, double coulombicEfficiency, double linearFadePerCycle,
		int soh80Cycle, int cyclesToRun, double constantVoltageCapacityFraction, double constantVoltageEndCurrentRatio,
		double restSeconds, double initialRestSeconds, double samplingIntervalSeconds, double recordVoltageChangeVolts,
		double capacityScatter, double noiseVolts, long seed) {

	public FullCellParameters {
		positive("cathodeActiveMassMilligrams", cathodeActiveMassMilligrams);
		positive("initialSpecificCapacityMilliampHourPerGram", initialSpecificCapacityMilliampHourPerGram);
		positive("cRate", cRate);
		positive("samplingIntervalSeconds", samplingIntervalSeconds);
		positive("recordVoltageChangeVolts", recordVoltageChangeVolts);
		notNegative("linearFadePerCycle", linearFadePerCycle);
		notNegative("restSeconds", restSeconds);
		notNegative("initialRestSeconds", initialRestSeconds);
		notNegative("capacityScatter", capacityScatter);
		notNegative("noiseVolts", noiseVolts);
		fraction("firstCycleCoulombicEfficiency", firstCycleCoulombicEfficiency);
		fraction("coulombicEfficiency", coulombicEfficiency);
		if (!(constantVoltageEndCurrentRatio > 0 && constantVoltageEndCurrentRatio < 1)) {
			throw new IllegalArgumentException(
					"constantVoltageEndCurrentRatio must be in (0, 1), not " + constantVoltageEndCurrentRatio);
		}
		if (!(constantVoltageCapacityFraction >= 0 && constantVoltageCapacityFraction < 0.5)) {
			throw new IllegalArgumentException(
					"constantVoltageCapacityFraction must be in [0, 0.5), not " + constantVoltageCapacityFraction);
		}
		if (soh80Cycle < 4 || cyclesToRun < 1) {
			throw new IllegalArgumentException(
					"soh80Cycle must be at least 4 (after the reference cycles 1-3) and cyclesToRun at least 1");
		}
	}

	private static void fraction(String name, double value) {
		if (!(value > 0 && value <= 1)) {
			throw new IllegalArgumentException(name + " must be in (0, 1], not " + value);
		}
	}

	/**
	 * 12 mg NMC622 at 160 mAh/g, 0.2C, 3.0–4.3 V with a CV hold to C/20 (5 % of the charge), first-cycle CE 88 %
	 * then 99.8 %, 0.04 % fade per cycle, SOH below 80 % in cycle 150 of 170, 10 min rests (1 h before the start), a
	 * sample every 60 s or 5 mV, ±0.1 % capacity scatter, 0.5 mV noise, seed 1.
	 */
	public static FullCellParameters defaults() {
		return new FullCellParameters(12, 160, 0.2, 0.88, 0.998, 0.0004, 150, 170, 0.05, 0.25, 600, 3600, 60, 0.005,
				0.001, 0.0005, 1);
	}

	/**
	 * The same cell with its state of health falling below 80 % in {@code cycle}, run for {@code cyclesToRun}
	 * cycles, with noise and scatter from {@code seed}.
	 */
	public FullCellParameters withLife(int cycle, int cyclesToRun, long seed) {
		return new FullCellParameters(this.cathodeActiveMassMilligrams, this.initialSpecificCapacityMilliampHourPerGram,
				this.cRate, this.firstCycleCoulombicEfficiency, this.coulombicEfficiency, this.linearFadePerCycle, cycle,
				cyclesToRun, this.constantVoltageCapacityFraction, this.constantVoltageEndCurrentRatio, this.restSeconds,
				this.initialRestSeconds, this.samplingIntervalSeconds, this.recordVoltageChangeVolts,
				this.capacityScatter, this.noiseVolts, seed);
	}

	/** Nominal capacity, the basis of the C-rate: mass times initial specific capacity, Ah. */
	public double nominalCapacityAmpHours() {
		return this.cathodeActiveMassMilligrams * this.initialSpecificCapacityMilliampHourPerGram / 1e6;
	}

	/** The constant current, A. */
	public double currentAmperes() {
		return this.cRate * nominalCapacityAmpHours();
	}

}
