package org.lilims.analysis.cycles;

/**
 * The voltage of one cycle against the charge passed since the start of each half-cycle, for overlaying cycles.
 *
 * @param cycle the cycle as the file numbers it
 * @param chargeCapacityMah charge passed since the charging half-cycle began (∫|I| dt), per kept sample
 * @param chargeVoltageV the voltage of those samples
 * @param dischargeCapacityMah likewise while discharging
 * @param dischargeVoltageV the voltage of those samples
 */
public record VoltageProfile(int cycle, double[] chargeCapacityMah, double[] chargeVoltageV,
		double[] dischargeCapacityMah, double[] dischargeVoltageV) {
}
