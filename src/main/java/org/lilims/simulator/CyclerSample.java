package org.lilims.simulator;

/**
 * One recorded sample of a simulated cycler channel. Counters run from the start of the test and never reset; a
 * writer derives its format's own counting from them (MACCOR: from 0 at each change of direction).
 *
 * @param cycle cycle number, from 1
 * @param step step number of the procedure
 * @param testTimeSeconds time since the start of the test
 * @param stepTimeSeconds time since the start of the step
 * @param currentAmperes measured current, positive on charge, negative on discharge, 0 at rest
 * @param voltageVolts measured cell voltage
 * @param chargeAmpHours charge passed on charge since the start of the test
 * @param dischargeAmpHours charge passed on discharge since the start of the test
 * @param chargeWattHours energy on charge since the start of the test
 * @param dischargeWattHours energy on discharge since the start of the test
 * @param state what the channel is doing
 * @param reason why the sample was recorded
 */
public record CyclerSample(int cycle, int step, double testTimeSeconds, double stepTimeSeconds, double currentAmperes,
		double voltageVolts, double chargeAmpHours, double dischargeAmpHours, double chargeWattHours,
		double dischargeWattHours, CyclerState state, RecordReason reason) {
}
