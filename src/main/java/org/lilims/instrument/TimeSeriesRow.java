package org.lilims.instrument;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One data row of a cycler export, normalised. Numbers missing in the source are NaN.
 *
 * @param lineNumber 1-based line of the row in the file
 * @param testTimeSeconds elapsed test time (from the test-time column, never from wall-clock times)
 * @param cycle cycle number as the file numbers it (0 when the file has none)
 * @param step step number as the file numbers it
 * @param state the source's state or step type, unchanged (MACCOR: {@code C}, {@code D}, {@code R}, {@code FRA},
 * ...)
 * @param kind the state normalised
 * @param currentAmperes current, negative on discharge whatever the source's convention
 * @param voltageVolts cell voltage
 * @param chargeCapacityAmpHours charge capacity as the source counts it (MACCOR: since the last change of direction),
 * NaN on rows that are not charging when the source has one capacity column
 * @param dischargeCapacityAmpHours discharge capacity, likewise
 * @param energyWattHours energy as the source counts it
 * @param timestamp wall-clock time as written by the instrument (local, no zone), null when absent
 * @param extras every other column, by name ({@link ExtraColumns#NONE} for a sink that wants none)
 */
public record TimeSeriesRow(long lineNumber, double testTimeSeconds, int cycle, int step, String state, StepKind kind,
		double currentAmperes, double voltageVolts, double chargeCapacityAmpHours, double dischargeCapacityAmpHours,
		double energyWattHours, @Nullable LocalDateTime timestamp, ExtraColumns extras) {
}
