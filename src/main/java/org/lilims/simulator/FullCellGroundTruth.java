package org.lilims.simulator;

import java.util.List;

/**
 * What a correct analysis of a simulated full cell must recover: the capacities of every cycle as the simulator passed
 * them (the writer rounds them to its format's precision), and the state of health derived from them.
 *
 * @param parameters the simulation's parameters
 * @param cycles every cycle, from 1
 * @param referenceCycle the cycle among 1 to 3 with the largest discharge capacity
 * @param referenceDischargeAmpHours its discharge capacity
 * @param soh80Cycle first cycle whose discharge capacity is below 80 % of the reference, 0 when none is
 */
public record FullCellGroundTruth(FullCellParameters parameters, List<Cycle> cycles, int referenceCycle,
		double referenceDischargeAmpHours, int soh80Cycle) {

	public FullCellGroundTruth {
		cycles = List.copyOf(cycles);
	}

	/**
	 * One cycle.
	 * @param cycle cycle number from 1
	 * @param chargeAmpHours charge capacity (constant current and constant voltage together)
	 * @param dischargeAmpHours discharge capacity
	 * @param coulombicEfficiency discharge over charge capacity
	 * @param stateOfHealth discharge capacity over the reference
	 */
	public record Cycle(int cycle, double chargeAmpHours, double dischargeAmpHours, double coulombicEfficiency,
			double stateOfHealth) {
	}

}
