package org.lilims.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A symmetric Li||Li cell cycled galvanostatically: an open-circuit rest, then per cycle a plating half-cycle
 * (step 2, State {@code D}: negative current, negative voltage) and a stripping half-cycle (step 4, State {@code C}:
 * positive current, positive voltage), each optionally followed by a rest (steps 3 and 5). Plating and stripping are
 * named for the working electrode on the cycler's positive lead: a negative current plates Li onto it.
 * <p>
 * The voltage: within a half-cycle of duration {@code T}, at time {@code t} ({@code x = t/T}), with the cycle's
 * plateau overpotential {@code eta} (see {@link SymmetricCellParameters}),
 * {@code |V| = eta (1 + 0.25 x^4) + 0.15 eta exp(-t / 0.01T)}: slight arcing toward the end of each half-cycle and a
 * small peak at each change of direction. The first plating adds the nucleation tip
 * {@code A (1 - exp(-t/tr)) exp(-t/tn)} ({@code tn = 0.005T}, {@code tr = min(0.5 s, tn/10)}), {@code A} set so that
 * the tip's maximum stands {@code nucleationOvervoltageVolts} above that half-cycle's plateau (its mean |V| from 10 %
 * to 90 % of it). The plating of cycle {@code cycleLife + 1} adds a divergence {@code 1.2 cutOff (x/0.6)^6}
 * (depletion), which reaches the cut-off a little before 60 % of it; the test stops there, as a cycler's safety limit
 * stops it. From a soft short on, |V| is the short's constant, ohmic value. At rest the voltage relaxes toward
 * 0.1 mV with a 15 s time constant. Samples carry Gaussian noise; recording follows {@link RecordReason}.
 */
public final class SymmetricCellSimulator implements CellSimulator {

	private static final int REST_STEP = 1;

	private static final int PLATING_STEP = 2;

	private static final int STRIPPING_STEP = 4;

	/** Open-circuit voltage of two Li electrodes: nearly nothing. */
	private static final double OPEN_CIRCUIT_VOLTS = 0.0001;

	private static final double RELAXATION_SECONDS = 15;

	private static final double NOISE_SIGMAS = 6;

	private final SymmetricCellParameters parameters;

	private final SymmetricCellModel model;

	/**
	 * @throws IllegalArgumentException when the overpotential (with its tips and noise) would reach the cut-off
	 * before cycle {@code cycleLife + 1}
	 */
	public SymmetricCellSimulator(SymmetricCellParameters parameters) {
		this.parameters = parameters;
		this.model = new SymmetricCellModel(parameters);
		int lastHealthy = Math.min(parameters.cycleLife(), parameters.cyclesToRun());
		double margin = NOISE_SIGMAS * parameters.noiseVolts();
		for (int cycle : new int[] { 1, lastHealthy }) {
			if (this.model.peakBoundVolts(cycle) + margin >= parameters.cutOffVolts()) {
				throw new IllegalArgumentException(String.format(Locale.ROOT,
						"|V| would reach the cut-off of %.3f V in cycle %d, before cycle %d: lower the overpotential, "
								+ "its growth or the nucleation overvoltage",
						parameters.cutOffVolts(), cycle, parameters.cycleLife() + 1));
			}
		}
	}

	public SymmetricCellParameters parameters() {
		return this.parameters;
	}

	@Override
	public String procedureName() {
		return "SIMULATED-LiLi-" + decimal(this.parameters.currentDensityMilliampPerCm2()) + "mA-"
				+ decimal(this.parameters.arealCapacityMilliampHourPerCm2()) + "mAh";
	}

	@Override
	public String description() {
		SymmetricCellParameters p = this.parameters;
		return String.format(Locale.ROOT,
				"SIMULATED data (LiLIMS simulator, seed %d): symmetric Li||Li, %.3f mA/cm2, %.3f mAh/cm2 per "
						+ "half-cycle, %.3f cm2, cut-off %.2f V, %d cycles planned",
				p.seed(), p.currentDensityMilliampPerCm2(), p.arealCapacityMilliampHourPerCm2(), p.electrodeAreaCm2(),
				p.cutOffVolts(), p.cyclesToRun());
	}

	static String decimal(double value) {
		return String.format(Locale.ROOT, "%.2f", value).replace('.', 'p');
	}

	/**
	 * The values a correct analysis must recover (computed from the model, without running it).
	 */
	public SymmetricCellGroundTruth groundTruth() {
		SymmetricCellParameters p = this.parameters;
		List<SymmetricCellGroundTruth.HalfCycle> halfCycles = new ArrayList<>();
		boolean fails = this.model.fails();
		int cycles = fails ? p.cycleLife() + 1 : p.cyclesToRun();
		for (int cycle = 1; cycle <= cycles; cycle++) {
			for (boolean plating : new boolean[] { true, false }) {
				int index = halfCycles.size() + 1;
				if (this.model.failing(cycle, plating)) {
					double charge = p.currentAmperes() * this.model.cutOffSeconds() / 3.6;
					halfCycles
						.add(new SymmetricCellGroundTruth.HalfCycle(index, cycle, true, Double.NaN, charge, false));
					break;
				}
				halfCycles.add(new SymmetricCellGroundTruth.HalfCycle(index, cycle, plating,
						this.model.plateauVolts(cycle, plating), p.halfCycleMilliampHours(), true));
			}
		}
		double tip = (p.nucleationOvervoltageVolts() > 0) ? this.model.tipVolts() : Double.NaN;
		double plateau = this.model.plateauVolts(1, true);
		if (fails) {
			return new SymmetricCellGroundTruth(p, SymmetricCellGroundTruth.Outcome.CUT_OFF_REACHED, p.cycleLife(),
					p.cycleLife(), p.cycleLife() + 1, 0, tip, plateau, tip - plateau, halfCycles);
		}
		boolean shorts = this.model.shorts();
		return new SymmetricCellGroundTruth(p,
				shorts ? SymmetricCellGroundTruth.Outcome.SOFT_SHORT : SymmetricCellGroundTruth.Outcome.STILL_CYCLING,
				shorts ? p.softShortCycle() - 1 : p.cyclesToRun(), p.cyclesToRun(), 0, shorts ? p.softShortCycle() : 0,
				tip, plateau, tip - plateau, halfCycles);
	}

	@Override
	public void run(CyclerSampleSink sink) throws IOException {
		SymmetricCellParameters p = this.parameters;
		StepRecorder recorder = new StepRecorder(sink, p.seed(), p.samplingIntervalSeconds(),
				p.recordVoltageChangeVolts(), p.noiseVolts());
		if (p.initialRestSeconds() > 0) {
			recorder.run(1, REST_STEP, CyclerState.REST, rest(OPEN_CIRCUIT_VOLTS), p.initialRestSeconds(),
					RecordReason.STEP_END_TIME, Double.NaN, p.cutOffVolts());
		}
		for (int cycle = 1; cycle <= p.cyclesToRun(); cycle++) {
			for (boolean plating : new boolean[] { true, false }) {
				StepRecorder.End end = recorder.run(cycle, plating ? PLATING_STEP : STRIPPING_STEP,
						plating ? CyclerState.DISCHARGE : CyclerState.CHARGE, halfCycle(cycle, plating),
						p.halfCycleSeconds(), RecordReason.STEP_END_TIME, Double.NaN, p.cutOffVolts());
				if (end.stoppedAtLimit()) {
					return;
				}
				if (p.restSeconds() > 0) {
					recorder.run(cycle, (plating ? PLATING_STEP : STRIPPING_STEP) + 1, CyclerState.REST,
							rest(end.voltageVolts()), p.restSeconds(), RecordReason.STEP_END_TIME, Double.NaN,
							p.cutOffVolts());
				}
			}
		}
	}

	private StepRecorder.Profile halfCycle(int cycle, boolean plating) {
		double sign = plating ? -1 : 1;
		double current = sign * this.parameters.currentAmperes();
		return StepRecorder.Profile.of((t) -> sign * this.model.magnitude(cycle, plating, t), (t) -> current);
	}

	// the overpotential relaxes at open circuit toward the (near-zero) voltage between two Li electrodes
	private static StepRecorder.Profile rest(double fromVolts) {
		return StepRecorder.Profile.of(
				(t) -> OPEN_CIRCUIT_VOLTS + (fromVolts - OPEN_CIRCUIT_VOLTS) * Math.exp(-t / RELAXATION_SECONDS),
				(t) -> 0);
	}

}
