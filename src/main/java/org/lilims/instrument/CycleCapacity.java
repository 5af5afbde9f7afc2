package org.lilims.instrument;

/**
 * Charge and discharge capacity of one cycle.
 *
 * @param cycle cycle number as the file numbers it, or counted from 1 when {@code derived}
 * @param chargeCapacityAmpHours largest charge capacity within the cycle (0 when it has no charge)
 * @param dischargeCapacityAmpHours largest discharge capacity within the cycle (0 when it has no discharge)
 * @param derived whether the cycle was derived from changes of direction because the file numbers none
 */
public record CycleCapacity(int cycle, double chargeCapacityAmpHours, double dischargeCapacityAmpHours,
		boolean derived) {
}
