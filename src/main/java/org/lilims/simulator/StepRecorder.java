package org.lilims.simulator;

import java.io.IOException;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * Runs the steps of a simulated procedure on a fine internal time grid and records samples as a cycler's recording
 * rules would: at the start of each step, whenever the recording interval has passed or the (noise-free) voltage has
 * moved by the recording threshold, and at the end of the step. Measured values carry Gaussian noise; the charge and
 * energy counters integrate the true current and voltage.
 */
final class StepRecorder {

	/** The internal grid is this fine over the first seconds of a step, where nucleation tips and jumps are. */
	private static final double FINE_STEP_SECONDS = 0.05;

	private static final int FINE_STEPS = 200;

	private static final double CURRENT_NOISE_RELATIVE = 1e-4;

	/** The true current and voltage of a step, as functions of the step time. */
	interface Profile {

		double voltage(double stepSeconds);

		double current(double stepSeconds);

		static Profile of(DoubleUnaryOperator voltage, DoubleUnaryOperator current) {
			return new Profile() {

				@Override
				public double voltage(double stepSeconds) {
					return voltage.applyAsDouble(stepSeconds);
				}

				@Override
				public double current(double stepSeconds) {
					return current.applyAsDouble(stepSeconds);
				}

			};
		}

	}

	/**
	 * How a step ended.
	 * @param seconds step time at the end
	 * @param voltageVolts true voltage at the end
	 * @param stoppedAtLimit whether the safety limit stopped the test
	 */
	record End(double seconds, double voltageVolts, boolean stoppedAtLimit) {
	}

	private final CyclerSampleSink sink;

	private final Random random;

	private final double intervalSeconds;

	private final double recordVoltageChangeVolts;

	private final double noiseVolts;

	private final double coarseStepSeconds;

	private double testTime;

	private double chargeAmpSeconds;

	private double dischargeAmpSeconds;

	private double chargeWattSeconds;

	private double dischargeWattSeconds;

	StepRecorder(CyclerSampleSink sink, long seed, double intervalSeconds, double recordVoltageChangeVolts,
			double noiseVolts) {
		this.sink = sink;
		this.random = new Random(seed);
		this.intervalSeconds = intervalSeconds;
		this.recordVoltageChangeVolts = recordVoltageChangeVolts;
		this.noiseVolts = noiseVolts;
		this.coarseStepSeconds = coarseStepSeconds(intervalSeconds);
	}

	/**
	 * Runs one step for {@code durationSeconds}, or until the true voltage's magnitude reaches
	 * {@code safetyLimitVolts} (which stops the test: the last sample then reads the limit exactly).
	 * @param endVoltageVolts the voltage recorded at the end, exactly (a voltage-limited step), or NaN to record the
	 * measured one
	 */
	End run(int cycle, int step, CyclerState state, Profile profile, double durationSeconds, RecordReason endReason,
			double endVoltageVolts, double safetyLimitVolts) throws IOException {
		double voltage = profile.voltage(0);
		double current = profile.current(0);
		emit(cycle, step, 0, current, voltage, state, RecordReason.STEP_START, true);
		double lastRecordedTime = 0;
		double lastRecordedVoltage = voltage;
		double time = 0;
		for (long k = 1; time < durationSeconds; k++) {
			double next = gridSeconds(k, this.coarseStepSeconds);
			boolean last = next >= durationSeconds - 1e-9;
			if (last) {
				next = durationSeconds;
			}
			double nextVoltage = profile.voltage(next);
			double nextCurrent = profile.current(next);
			count(state, time, next, current, nextCurrent, voltage, nextVoltage);
			time = next;
			voltage = nextVoltage;
			current = nextCurrent;
			if (Math.abs(voltage) >= safetyLimitVolts) {
				emit(cycle, step, time, current, Math.copySign(safetyLimitVolts, voltage), state,
						RecordReason.SAFETY_STOP, false);
				this.testTime += time;
				return new End(time, voltage, true);
			}
			if (last) {
				boolean measured = Double.isNaN(endVoltageVolts);
				emit(cycle, step, time, current, measured ? voltage : endVoltageVolts, state, endReason, measured);
			}
			else {
				boolean due = time - lastRecordedTime >= this.intervalSeconds - 1e-9;
				if (due || Math.abs(voltage - lastRecordedVoltage) >= this.recordVoltageChangeVolts) {
					emit(cycle, step, time, current, voltage, state,
							due ? RecordReason.TIME : RecordReason.VOLTAGE_CHANGE, true);
					lastRecordedTime = time;
					lastRecordedVoltage = voltage;
				}
			}
		}
		this.testTime += time;
		return new End(time, voltage, false);
	}

	/**
	 * The {@code k}-th time of the internal grid of a step: fine over the first 10 s, then coarse.
	 */
	static double gridSeconds(long k, double coarseStepSeconds) {
		return (k <= FINE_STEPS) ? k * FINE_STEP_SECONDS
				: FINE_STEPS * FINE_STEP_SECONDS + (k - FINE_STEPS) * coarseStepSeconds;
	}

	/**
	 * The internal grid's coarse step for a recording interval.
	 */
	static double coarseStepSeconds(double intervalSeconds) {
		return Math.min(1.0, intervalSeconds / 4);
	}

	private void count(CyclerState state, double from, double to, double currentFrom, double currentTo,
			double voltageFrom, double voltageTo) {
		double dt = to - from;
		double charge = 0.5 * (Math.abs(currentFrom) + Math.abs(currentTo)) * dt;
		double energy = 0.5 * (Math.abs(currentFrom * voltageFrom) + Math.abs(currentTo * voltageTo)) * dt;
		if (state == CyclerState.CHARGE) {
			this.chargeAmpSeconds += charge;
			this.chargeWattSeconds += energy;
		}
		else if (state == CyclerState.DISCHARGE) {
			this.dischargeAmpSeconds += charge;
			this.dischargeWattSeconds += energy;
		}
	}

	private void emit(int cycle, int step, double stepTime, double current, double voltage, CyclerState state,
			RecordReason reason, boolean noisy) throws IOException {
		double measuredVoltage = noisy ? voltage + this.noiseVolts * this.random.nextGaussian() : voltage;
		double measuredCurrent = current * (1 + CURRENT_NOISE_RELATIVE * this.random.nextGaussian());
		this.sink.sample(new CyclerSample(cycle, step, this.testTime + stepTime, stepTime, measuredCurrent,
				measuredVoltage, this.chargeAmpSeconds / 3600, this.dischargeAmpSeconds / 3600,
				this.chargeWattSeconds / 3600, this.dischargeWattSeconds / 3600, state, reason));
	}

}
