package org.lilims.analysis.cycles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.instrument.CoreColumnsSink;
import org.lilims.instrument.StepKind;
import org.lilims.instrument.TimeSeriesRow;

/**
 * Per-cycle metrics of any cell, from the rows of a parsed data set as they stream by (memory grows with the number
 * of cycles, not rows). See {@link CycleMetrics} for the definitions.
 * <p>
 * Rows are gathered into half-cycles (runs of one direction; rests inside do not end a run, a change of direction or of
 * cycle number does). Capacities come from the instrument's counters where the file has them ({@link CapacityCounter} handles counters
 * that reset per half-cycle, per step or per cycle), else from the integral of |I| over time; energies always from the
 * integral of V·|I| over time, with trapezoids between samples of the same direction and, for the first sample after a
 * change of direction, the interval back to the previous sample at that sample's current and voltage.
 */
public final class CycleAnalysis implements CoreColumnsSink {

	public static final String ALGORITHM = "cycle-table";

	public static final int VERSION = 1;

	private static final double SECONDS_PER_HOUR = 3600;

	private final Map<Integer, CycleAccumulator> fileCycles = new LinkedHashMap<>();

	private final List<CycleAccumulator> derivedCycles = new ArrayList<>();

	private final CapacityCounter chargeCounter = new CapacityCounter();

	private final CapacityCounter dischargeCounter = new CapacityCounter();

	private @Nullable CycleAccumulator current;

	private HalfCycleRun run = new HalfCycleRun();

	private @Nullable StepKind runKind;

	private @Nullable CycleAccumulator runFileCycle;

	private @Nullable CycleAccumulator runDerivedCycle;

	private StepKind previousKind = StepKind.OTHER;

	private double previousSeconds = Double.NaN;

	private double previousAmperes = Double.NaN;

	private double previousVolts = Double.NaN;

	private long rows;


	@Override
	public void row(TimeSeriesRow row) {
		this.rows++;
		double seconds = row.testTimeSeconds();
		StepKind kind = row.kind();
		boolean directional = kind == StepKind.CHARGE || kind == StepKind.DISCHARGE;
		CycleAccumulator fileCycle = fileCycle(row.cycle());
		if (directional && (kind != this.runKind || fileCycle != this.runFileCycle)) {
			closeRun();
			this.runKind = kind;
			this.runFileCycle = fileCycle;
			this.runDerivedCycle = derivedCycle(kind);
		}
		CycleAccumulator derived = (this.runDerivedCycle != null) ? this.runDerivedCycle : derivedCycle(kind);
		fileCycle.time(seconds);
		derived.time(seconds);
		if (directional) {
			double amperes = Math.abs(row.currentAmperes());
			double volts = row.voltageVolts();
			double hours = (seconds - this.previousSeconds) / SECONDS_PER_HOUR;
			double ampHours = 0;
			double wattHours = 0;
			if (hours > 0) {
				boolean sameDirection = this.previousKind == kind;
				double meanAmperes = sameDirection ? (amperes + Math.abs(this.previousAmperes)) / 2 : amperes;
				double meanWatts = sameDirection
						? (amperes * volts + Math.abs(this.previousAmperes) * this.previousVolts) / 2 : amperes * volts;
				ampHours = nanToZero(meanAmperes * hours);
				wattHours = nanToZero(Math.abs(meanWatts) * hours);
			}
			double counter = (kind == StepKind.CHARGE) ? this.chargeCounter.increment(row.chargeCapacityAmpHours())
					: this.dischargeCounter.increment(row.dischargeCapacityAmpHours());
			this.run.add(counter, ampHours, wattHours);
			fileCycle.endVoltage(kind, volts);
			derived.endVoltage(kind, volts);
		}
		this.previousKind = kind;
		this.previousSeconds = seconds;
		this.previousAmperes = row.currentAmperes();
		this.previousVolts = row.voltageVolts();
	}

	private void closeRun() {
		if (this.runKind != null && this.runFileCycle != null && this.runDerivedCycle != null) {
			this.runFileCycle.close(this.runKind, this.run);
			this.runDerivedCycle.close(this.runKind, this.run);
		}
		this.run = new HalfCycleRun();
	}

	/** The cycles as the file numbers them, or derived when the file numbers only one. */
	public CycleTable result() {
		closeRun();
		this.runKind = null;
		boolean derive = this.fileCycles.size() <= 1 && this.derivedCycles.size() > 1;
		List<CycleAccumulator> cycles = derive ? this.derivedCycles : List.copyOf(this.fileCycles.values());
		List<CycleMetrics> metrics = new ArrayList<>(cycles.size());
		for (int i = 0; i < cycles.size(); i++) {
			double nextStart = (i + 1 < cycles.size()) ? cycles.get(i + 1).startSeconds() : Double.NaN;
			metrics.add(cycles.get(i).metrics(nextStart));
		}
		return new CycleTable(List.copyOf(metrics), derive, this.rows);
	}

	private CycleAccumulator fileCycle(int cycle) {
		if (this.current == null || this.current.cycle != cycle) {
			this.current = this.fileCycles.computeIfAbsent(cycle, CycleAccumulator::new);
		}
		return this.current;
	}

	// charge first: a charge that follows a discharge opens the next cycle
	private CycleAccumulator derivedCycle(StepKind kind) {
		if (this.derivedCycles.isEmpty()) {
			this.derivedCycles.add(new CycleAccumulator(1));
		}
		CycleAccumulator last = this.derivedCycles.get(this.derivedCycles.size() - 1);
		if (kind == StepKind.CHARGE && last.sawDischarge()) {
			last = new CycleAccumulator(last.cycle + 1);
			this.derivedCycles.add(last);
		}
		return last;
	}

	private static double nanToZero(double value) {
		return Double.isNaN(value) ? 0 : value;
	}

}
