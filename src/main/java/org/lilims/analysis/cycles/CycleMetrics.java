package org.lilims.analysis.cycles;

/**
 * What one cycle of a cell did: its charging and discharging half-cycles (runs of one direction; rests inside a run do
 * not end it). Capacities and energies are absolute; {@link FullCellMetrics} and the API add the
 * per-area and per-mass values.
 *
 * @param cycle the cycle number as the file numbers it (or as derived, charge first, when the file has none)
 * @param chargeCapacityMilliampHours charge passed while charging: the instrument's counters, summed over resets
 * ({@link CapacityCounter}), or the integral of |I| dt where the file has no counter
 * @param dischargeCapacityMilliampHours likewise while discharging
 * @param coulombicEfficiencyPercent discharge / charge capacity of the same cycle × 100 (NaN unless both are
 * positive)
 * @param chargeEnergyMilliwattHours ∫ V·|I| dt while charging (trapezoids between samples)
 * @param dischargeEnergyMilliwattHours likewise while discharging
 * @param energyEfficiencyPercent discharge / charge energy × 100
 * @param meanChargeVoltageVolts charge energy / the integrated charge (the capacity-weighted mean voltage)
 * @param meanDischargeVoltageVolts likewise while discharging
 * @param endOfChargeVoltageVolts voltage of the cycle's last charging sample
 * @param endOfDischargeVoltageVolts voltage of the cycle's last discharging sample
 * @param startSeconds test time of the cycle's first sample
 * @param durationSeconds test time from the cycle's first sample to the next cycle's first (or the file's last)
 * @param chargeHalfCycles how many separate charging runs the cycle holds: usually 1; diagnostic procedures loop
 * several charge/discharge pairs inside one numbered cycle, and then the cycle reports its largest run of each
 * direction (its capacities, energies and mean voltages), as the instruments' own per-cycle maxima do
 * @param dischargeHalfCycles likewise for discharging runs
 */
public record CycleMetrics(int cycle, double chargeCapacityMilliampHours, double dischargeCapacityMilliampHours,
		double coulombicEfficiencyPercent, double chargeEnergyMilliwattHours, double dischargeEnergyMilliwattHours,
		double energyEfficiencyPercent, double meanChargeVoltageVolts, double meanDischargeVoltageVolts,
		double endOfChargeVoltageVolts, double endOfDischargeVoltageVolts, double startSeconds,
		double durationSeconds, int chargeHalfCycles, int dischargeHalfCycles) {

	/** Both directions passed charge: the cycle counts for state of health and efficiencies. */
	public boolean isComplete() {
		return this.chargeCapacityMilliampHours > 0 && this.dischargeCapacityMilliampHours > 0;
	}

}
