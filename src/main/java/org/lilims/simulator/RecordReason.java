package org.lilims.simulator;

/**
 * Why a sample was recorded, as a cycler's data-recording rules would say (MACCOR writes it as the {@code ES} code).
 */
public enum RecordReason {

	/** The first sample of a step. */
	STEP_START,

	/** The recording interval has passed since the last sample. */
	TIME,

	/** The voltage has changed by the recording threshold since the last sample. */
	VOLTAGE_CHANGE,

	/** The step ended on its time (or capacity) limit. */
	STEP_END_TIME,

	/** The step ended on its voltage limit. */
	STEP_END_VOLTAGE,

	/** The step (a constant-voltage hold) ended on its current limit. */
	STEP_END_CURRENT,

	/** The test stopped on its safety limit (the cut-off voltage of a symmetric cell). */
	SAFETY_STOP

}
