package org.lilims.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * An NMC622||Li coin cell cycled at constant C-rate: an open-circuit rest (step 1), then per cycle a constant-current
 * charge to 4.3 V (step 2, State {@code C}), an optional constant-voltage hold at 4.3 V to the end current (step 3,
 * {@code C}), a rest (step 4), a constant-current discharge to 3.0 V (step 5, {@code D}) and a rest (step 6).
 * <p>
 * Each cycle's capacities are set first (fade curve, scatter, coulombic efficiency); the voltage then follows
 * tabulated 0.2C curves over the fraction of the step's capacity passed (charge rising from about 3.56 V to 4.3 V,
 * discharge falling from about 4.22 V to 3.0 V, steeply at the end), shifted by a polarisation that grows as the
 * cell fades, so that each constant-current step ends exactly on its voltage limit. The curves are smooth and
 * plausible, not fitted to a measured cell.
 */
public final class FullCellSimulator implements CellSimulator {

	/** End of discharge, V. */
	public static final double LOWER_CUT_OFF_VOLTS = 3.0;

	/** End of constant-current charge and the constant-voltage hold, V. */
	public static final double UPPER_CUT_OFF_VOLTS = 4.3;

	private static final MonotoneCurve CHARGE = new MonotoneCurve(
			new double[] { 0, 0.01, 0.03, 0.06, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1 },
			new double[] { 3.56, 3.62, 3.66, 3.69, 3.71, 3.75, 3.79, 3.84, 3.90, 3.96, 4.03, 4.10, 4.18, 4.23, 4.30 });

	private static final MonotoneCurve DISCHARGE = new MonotoneCurve(
			new double[] { 0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.94, 0.97, 0.99, 1 },
			new double[] { 4.22, 4.17, 4.12, 4.07, 3.98, 3.91, 3.85, 3.80, 3.76, 3.72, 3.67, 3.64, 3.60, 3.54, 3.44,
					3.27, 3.00 });

	/** Cycle 1 delivers this share of cycle 2's capacity (activation). */
	private static final double FIRST_CYCLE_ACTIVATION = 0.99;

	private static final double INITIAL_OPEN_CIRCUIT_VOLTS = 3.10;

	/** Extra polarisation per unit of lost state of health. */
	private static final double POLARISATION_GROWTH_VOLTS = 0.25;

	private static final double CHARGED_RELAXATION_VOLTS = 0.07;

	private static final double DISCHARGED_RELAXATION_VOLTS = 0.45;

	private static final double RELAXATION_SECONDS = 300;

	/** Below this share of its capacity the cell would be dead before the procedure ends. */
	private static final double LOWEST_HEALTH = 0.2;

	private final FullCellParameters parameters;

	private final double kneeCycles;

	private final double knee;

	private final double[] chargeAmpHours;

	private final double[] dischargeAmpHours;

	private final FullCellGroundTruth truth;

	/**
	 * @throws IllegalArgumentException when the fade cannot reach 80 % in {@code soh80Cycle} (the linear fade alone
	 * gets there sooner), the cell would be dead before {@code cyclesToRun}, or the scatter is too large for the
	 * state of health to cross 80 % first in {@code soh80Cycle}
	 */
	public FullCellSimulator(FullCellParameters parameters) {
		this.parameters = parameters;
		this.kneeCycles = Math.max(4, parameters.soh80Cycle() / 6.0);
		this.knee = kneeAmplitude();
		if (fade(parameters.cyclesToRun()) / reference() < LOWEST_HEALTH) {
			throw new IllegalArgumentException("the cell would fall below " + LOWEST_HEALTH + " of its capacity before "
					+ "cycle " + parameters.cyclesToRun() + ": run fewer cycles");
		}
		int cycles = parameters.cyclesToRun();
		this.chargeAmpHours = new double[cycles + 1];
		this.dischargeAmpHours = new double[cycles + 1];
		Random scatter = new Random(parameters.seed() ^ 0x5DEECE66DL);
		double perFade = parameters.nominalCapacityAmpHours() / fade(2);
		for (int cycle = 1; cycle <= cycles; cycle++) {
			double discharge = perFade * fade(cycle)
					* (1 + parameters.capacityScatter() * (2 * scatter.nextDouble() - 1));
			double efficiency = (cycle == 1) ? parameters.firstCycleCoulombicEfficiency()
					: parameters.coulombicEfficiency();
			this.dischargeAmpHours[cycle] = discharge;
			this.chargeAmpHours[cycle] = discharge / efficiency;
		}
		this.truth = computeTruth();
		int expected = (parameters.soh80Cycle() <= cycles) ? parameters.soh80Cycle() : 0;
		if (this.truth.soh80Cycle() != expected) {
			throw new IllegalArgumentException("with a capacity scatter of " + parameters.capacityScatter()
					+ " the state of health first falls below 80 % in cycle " + this.truth.soh80Cycle() + ", not "
					+ expected + ": lower the scatter");
		}
	}

	// noise-free capacity relative to the fade curve's start: linear fade plus a knee (soft-plus: exponential before
	// it, linear after it)
	private double fade(double cycle) {
		return fade(cycle, this.knee);
	}

	private double fade(double cycle, double kneeAmplitude) {
		FullCellParameters p = this.parameters;
		double activation = (cycle < 1.5) ? FIRST_CYCLE_ACTIVATION : 1;
		double z = (cycle - (p.soh80Cycle() - 0.5)) / this.kneeCycles;
		return activation * (1 - p.linearFadePerCycle() * (cycle - 1) - kneeAmplitude * softPlus(z) / softPlus(0));
	}

	// ln(1 + e^z): e^z well before the knee, z well after it
	private static double softPlus(double z) {
		return (z > 30) ? z : Math.log1p(Math.exp(z));
	}

	private double reference() {
		return Math.max(fade(1), Math.max(fade(2), fade(3)));
	}

	// the knee's height that puts the noise-free state of health at 80 % half a cycle before soh80Cycle
	private double kneeAmplitude() {
		double crossing = this.parameters.soh80Cycle() - 0.5;
		double low = 0;
		double high = 1;
		if (health(crossing, low) <= 0.8) {
			throw new IllegalArgumentException("the linear fade of " + this.parameters.linearFadePerCycle()
					+ " per cycle alone brings the state of health below 80 % before cycle "
					+ this.parameters.soh80Cycle());
		}
		for (int i = 0; i < 100; i++) {
			double mid = (low + high) / 2;
			if (health(crossing, mid) > 0.8) {
				low = mid;
			}
			else {
				high = mid;
			}
		}
		return (low + high) / 2;
	}

	private double health(double cycle, double kneeAmplitude) {
		double reference = Math.max(fade(1, kneeAmplitude), Math.max(fade(2, kneeAmplitude), fade(3, kneeAmplitude)));
		return fade(cycle, kneeAmplitude) / reference;
	}

	private FullCellGroundTruth computeTruth() {
		int cycles = this.parameters.cyclesToRun();
		int referenceCycle = 1;
		for (int cycle = 2; cycle <= Math.min(3, cycles); cycle++) {
			if (this.dischargeAmpHours[cycle] > this.dischargeAmpHours[referenceCycle]) {
				referenceCycle = cycle;
			}
		}
		double reference = this.dischargeAmpHours[referenceCycle];
		List<FullCellGroundTruth.Cycle> list = new ArrayList<>();
		int soh80 = 0;
		for (int cycle = 1; cycle <= cycles; cycle++) {
			double health = this.dischargeAmpHours[cycle] / reference;
			if (soh80 == 0 && health < 0.8) {
				soh80 = cycle;
			}
			list.add(new FullCellGroundTruth.Cycle(cycle, this.chargeAmpHours[cycle], this.dischargeAmpHours[cycle],
					this.dischargeAmpHours[cycle] / this.chargeAmpHours[cycle], health));
		}
		return new FullCellGroundTruth(this.parameters, list, referenceCycle, reference, soh80);
	}

	public FullCellParameters parameters() {
		return this.parameters;
	}

	/**
	 * The capacities of every cycle and the state of health derived from them (computed without running).
	 */
	public FullCellGroundTruth groundTruth() {
		return this.truth;
	}

	@Override
	public String procedureName() {
		return "SIMULATED-NMC622-Li-" + SymmetricCellSimulator.decimal(this.parameters.cRate()) + "C";
	}

	@Override
	public String description() {
		FullCellParameters p = this.parameters;
		return String.format(Locale.ROOT,
				"SIMULATED data (LiLIMS simulator, seed %d): NMC622||Li, %.2f mg at %.1f mAh/g, %.2fC, %.1f-%.1f V, "
						+ "SOH below 80 %% in cycle %d, %d cycles planned",
				p.seed(), p.cathodeActiveMassMilligrams(), p.initialSpecificCapacityMilliampHourPerGram(), p.cRate(),
				LOWER_CUT_OFF_VOLTS, UPPER_CUT_OFF_VOLTS, p.soh80Cycle(), p.cyclesToRun());
	}

	@Override
	public void run(CyclerSampleSink sink) throws IOException {
		FullCellParameters p = this.parameters;
		double never = Double.POSITIVE_INFINITY;
		double current = p.currentAmperes();
		StepRecorder recorder = new StepRecorder(sink, p.seed(), p.samplingIntervalSeconds(),
				p.recordVoltageChangeVolts(), p.noiseVolts());
		if (p.initialRestSeconds() > 0) {
			recorder.run(1, 1, CyclerState.REST, StepRecorder.Profile.of((t) -> INITIAL_OPEN_CIRCUIT_VOLTS, (t) -> 0),
					p.initialRestSeconds(), RecordReason.STEP_END_TIME, Double.NaN, never);
		}
		for (int cycle = 1; cycle <= p.cyclesToRun(); cycle++) {
			double polarisation = POLARISATION_GROWTH_VOLTS * Math.max(0, 1 - fade(cycle) / reference());
			double holdAmpHours = p.constantVoltageCapacityFraction() * this.chargeAmpHours[cycle];
			double constantCurrentAmpHours = this.chargeAmpHours[cycle] - holdAmpHours;
			recorder.run(cycle, 2, CyclerState.CHARGE,
					StepRecorder.Profile.of((t) -> charging(current * t / 3600 / constantCurrentAmpHours, polarisation),
							(t) -> current),
					constantCurrentAmpHours / current * 3600, RecordReason.STEP_END_VOLTAGE, UPPER_CUT_OFF_VOLTS, never);
			if (holdAmpHours > 0) {
				double ratio = p.constantVoltageEndCurrentRatio();
				double decaySeconds = holdAmpHours * 3600 / (current * (1 - ratio));
				recorder.run(cycle, 3, CyclerState.CHARGE,
						StepRecorder.Profile.of((t) -> UPPER_CUT_OFF_VOLTS,
								(t) -> current * Math.exp(-t / decaySeconds)),
						decaySeconds * Math.log(1 / ratio), RecordReason.STEP_END_CURRENT, Double.NaN, never);
			}
			relax(recorder, cycle, 4, UPPER_CUT_OFF_VOLTS, -(CHARGED_RELAXATION_VOLTS + polarisation / 2));
			double dischargeAmpHours = this.dischargeAmpHours[cycle];
			recorder.run(cycle, 5, CyclerState.DISCHARGE,
					StepRecorder.Profile.of((t) -> discharging(current * t / 3600 / dischargeAmpHours, polarisation),
							(t) -> -current),
					dischargeAmpHours / current * 3600, RecordReason.STEP_END_VOLTAGE, LOWER_CUT_OFF_VOLTS, never);
			relax(recorder, cycle, 6, LOWER_CUT_OFF_VOLTS, DISCHARGED_RELAXATION_VOLTS);
		}
	}

	private void relax(StepRecorder recorder, int cycle, int step, double fromVolts, double byVolts)
			throws IOException {
		if (this.parameters.restSeconds() > 0) {
			recorder.run(cycle, step, CyclerState.REST,
					StepRecorder.Profile.of((t) -> fromVolts + byVolts * (1 - Math.exp(-t / RELAXATION_SECONDS)),
							(t) -> 0),
					this.parameters.restSeconds(), RecordReason.STEP_END_TIME, Double.NaN, Double.POSITIVE_INFINITY);
		}
	}

	private static double charging(double fraction, double polarisation) {
		double u = Math.min(1, fraction);
		return CHARGE.value(u) + polarisation * (1 - u * u * u * u);
	}

	private static double discharging(double fraction, double polarisation) {
		double u = Math.min(1, fraction);
		return DISCHARGE.value(u) - polarisation * (1 - u * u * u * u);
	}

}
