package org.lilims.analysis.cycles;

import org.lilims.instrument.StepKind;

/**
 * One cycle's half-cycle runs as they close, and its times and end voltages.
 */
final class CycleAccumulator {

	private static final double MILLI = 1000;

	final int cycle;

	private HalfCycleRun charge = new HalfCycleRun();

	private HalfCycleRun discharge = new HalfCycleRun();

	private int chargeRuns;

	private int dischargeRuns;

	private double endOfChargeVolts = Double.NaN;

	private double endOfDischargeVolts = Double.NaN;

	private double startSeconds = Double.NaN;

	private double lastSeconds = Double.NaN;

	CycleAccumulator(int cycle) {
		this.cycle = cycle;
	}

	void time(double seconds) {
		if (Double.isNaN(this.startSeconds)) {
			this.startSeconds = seconds;
		}
		this.lastSeconds = seconds;
	}

	void endVoltage(StepKind kind, double volts) {
		if (kind == StepKind.CHARGE) {
			this.endOfChargeVolts = volts;
		}
		else if (kind == StepKind.DISCHARGE) {
			this.endOfDischargeVolts = volts;
		}
	}

	/** A run of this cycle closed: the cycle keeps its largest run of each direction. */
	void close(StepKind kind, HalfCycleRun run) {
		if (kind == StepKind.CHARGE) {
			this.chargeRuns++;
			if (run.ampHours() > this.charge.ampHours()) {
				this.charge = run;
			}
		}
		else if (kind == StepKind.DISCHARGE) {
			this.dischargeRuns++;
			if (run.ampHours() > this.discharge.ampHours()) {
				this.discharge = run;
			}
		}
	}

	boolean sawDischarge() {
		return this.dischargeRuns > 0;
	}

	int halfCycles() {
		return this.chargeRuns + this.dischargeRuns;
	}

	double startSeconds() {
		return this.startSeconds;
	}

	CycleMetrics metrics(double nextStartSeconds) {
		double end = Double.isNaN(nextStartSeconds) ? this.lastSeconds : nextStartSeconds;
		double chargeAh = this.charge.ampHours();
		double dischargeAh = this.discharge.ampHours();
		return new CycleMetrics(this.cycle, chargeAh * MILLI, dischargeAh * MILLI, ratioPercent(dischargeAh, chargeAh),
				this.charge.wattHours * MILLI, this.discharge.wattHours * MILLI,
				ratioPercent(this.discharge.wattHours, this.charge.wattHours),
				ratio(this.charge.wattHours, this.charge.integralAmpHours),
				ratio(this.discharge.wattHours, this.discharge.integralAmpHours), this.endOfChargeVolts,
				this.endOfDischargeVolts, this.startSeconds, end - this.startSeconds, this.chargeRuns,
				this.dischargeRuns);
	}

	private static double ratioPercent(double numerator, double denominator) {
		return (numerator > 0 && denominator > 0) ? 100 * numerator / denominator : Double.NaN;
	}

	private static double ratio(double numerator, double denominator) {
		return (denominator > 0) ? numerator / denominator : Double.NaN;
	}

}
