package org.lilims.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Charge and discharge capacity per cycle, fed one row at a time; memory grows with the number of cycles only.
 * <p>
 * A cycle's charge capacity is the largest charge capacity over its rows (MACCOR's {@code Amp-hr} restarts at 0 at
 * each change of direction, so the largest value is the half-cycle's total), discharge likewise. Cycles are those the
 * file numbers. When the file numbers every row as cycle 0, cycles are derived instead: cycle 1 starts with the
 * first charge or discharge, and a new cycle starts each time that first direction comes back after the other one.
 */
public final class CycleSummary implements ParseSink {

	private final Map<Integer, Totals> byFileCycle = new LinkedHashMap<>();

	private final List<Totals> derived = new ArrayList<>();

	private @Nullable Totals lastFileCycle;

	private @Nullable StepKind openingDirection;

	private @Nullable StepKind lastDirection;

	private boolean onlyCycleZero = true;

	@Override
	public boolean wantsExtraColumns() {
		return false;
	}

	@Override
	public void row(TimeSeriesRow row) {
		accept(row.cycle(), row.kind(), row.chargeCapacityAmpHours(), row.dischargeCapacityAmpHours());
	}

	/**
	 * Adds one row; NaN capacities are ignored.
	 */
	public void accept(int cycle, StepKind kind, double chargeCapacityAmpHours, double dischargeCapacityAmpHours) {
		this.onlyCycleZero &= cycle == 0;
		Totals totals = this.lastFileCycle;
		if (totals == null || totals.cycle != cycle) {
			totals = this.byFileCycle.computeIfAbsent(cycle, Totals::new);
			this.lastFileCycle = totals;
		}
		totals.add(chargeCapacityAmpHours, dischargeCapacityAmpHours);
		if (kind == StepKind.CHARGE || kind == StepKind.DISCHARGE) {
			if (this.openingDirection == null) {
				this.openingDirection = kind;
				this.derived.add(new Totals(1));
			}
			else if (kind == this.openingDirection && this.lastDirection != kind) {
				this.derived.add(new Totals(this.derived.size() + 1));
			}
			this.lastDirection = kind;
			this.derived.get(this.derived.size() - 1).add(chargeCapacityAmpHours, dischargeCapacityAmpHours);
		}
	}

	/**
	 * Whether the cycles are derived from changes of direction (the file numbers every row as cycle 0).
	 */
	public boolean derived() {
		return this.onlyCycleZero && !this.byFileCycle.isEmpty();
	}

	/**
	 * The cycles in the order they first appear.
	 */
	public List<CycleCapacity> cycles() {
		boolean derived = derived();
		return (derived ? this.derived : this.byFileCycle.values()).stream()
			.map(totals -> new CycleCapacity(totals.cycle, totals.charge, totals.discharge, derived))
			.toList();
	}

	private static final class Totals {

		private final int cycle;

		private double charge;

		private double discharge;

		Totals(int cycle) {
			this.cycle = cycle;
		}

		void add(double chargeAmpHours, double dischargeAmpHours) {
			// Math.max would return NaN for a NaN argument
			if (chargeAmpHours > this.charge) {
				this.charge = chargeAmpHours;
			}
			if (dischargeAmpHours > this.discharge) {
				this.discharge = dischargeAmpHours;
			}
		}

	}

}
