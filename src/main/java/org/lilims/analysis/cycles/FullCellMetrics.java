package org.lilims.analysis.cycles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Headline metrics of a full cell (e.g. NMC622||Li), over its complete cycles (both directions passed charge).
 *
 * @param firstCycle the first complete cycle
 * @param lastCycle the last complete cycle
 * @param completeCycles how many complete cycles there are
 * @param initialDischargeCapacityMilliampHours discharge capacity of the first complete cycle
 * @param initialSpecificDischargeCapacityMilliampHoursPerGram the same per gram of cathode active material (null
 * when the mass is unknown)
 * @param initialArealDischargeCapacityMilliampHoursPerCm2 the same per cm² of electrode (null when the area is
 * unknown)
 * @param referenceCycle the cycle whose discharge capacity is the state-of-health reference: the highest among the
 * first {@code referenceCycles} complete cycles
 * @param referenceDischargeCapacityMilliampHours that capacity
 * @param stateOfHealth per complete cycle: discharge capacity / reference × 100
 * @param cycleAtStateOfHealth per threshold (e.g. 80): the first complete cycle after the reference whose state of
 * health is below it; absent when none is (the cell has not reached it: censored at {@code lastCycle})
 * @param retentionPercent per requested cycle that exists: its discharge capacity / the initial one × 100
 * @param averageCoulombicEfficiencyPercent mean coulombic efficiency of the complete cycles after the first (the
 * first, formation-like cycle loses lithium to the SEI and would dominate the mean)
 */
public record FullCellMetrics(int firstCycle, int lastCycle, int completeCycles,
		double initialDischargeCapacityMilliampHours,
		@Nullable Double initialSpecificDischargeCapacityMilliampHoursPerGram,
		@Nullable Double initialArealDischargeCapacityMilliampHoursPerCm2, int referenceCycle,
		double referenceDischargeCapacityMilliampHours, List<StateOfHealth> stateOfHealth,
		Map<Double, Integer> cycleAtStateOfHealth, Map<Integer, Double> retentionPercent,
		double averageCoulombicEfficiencyPercent) {

	public static final String ALGORITHM = "full-cell";

	public static final int VERSION = 1;

	/** The state of health of one cycle. */
	public record StateOfHealth(int cycle, double percent) {
	}

	/**
	 * The metrics of {@code table}; null when it has no complete cycle.
	 */
	public static @Nullable FullCellMetrics of(CycleTable table, FullCellParameters parameters) {
		List<CycleMetrics> complete = table.complete();
		if (complete.isEmpty()) {
			return null;
		}
		CycleMetrics first = complete.get(0);
		CycleMetrics reference = first;
		for (CycleMetrics cycle : complete.subList(0, Math.min(parameters.referenceCycles(), complete.size()))) {
			if (cycle.dischargeCapacityMilliampHours() > reference.dischargeCapacityMilliampHours()) {
				reference = cycle;
			}
		}
		double referenceCapacity = reference.dischargeCapacityMilliampHours();
		List<StateOfHealth> soh = new ArrayList<>(complete.size());
		for (CycleMetrics cycle : complete) {
			soh.add(new StateOfHealth(cycle.cycle(), 100 * cycle.dischargeCapacityMilliampHours() / referenceCapacity));
		}
		Map<Double, Integer> crossings = new LinkedHashMap<>();
		int referenceIndex = complete.indexOf(reference);
		for (double threshold : parameters.sohThresholdsPercent()) {
			for (int i = referenceIndex + 1; i < soh.size(); i++) {
				if (soh.get(i).percent() < threshold) {
					crossings.put(threshold, soh.get(i).cycle());
					break;
				}
			}
		}
		Map<Integer, Double> retention = new LinkedHashMap<>();
		for (int wanted : parameters.retentionAtCycles()) {
			complete.stream()
				.filter(cycle -> cycle.cycle() == wanted)
				.findFirst()
				.ifPresent(cycle -> retention.put(wanted,
						100 * cycle.dischargeCapacityMilliampHours() / first.dischargeCapacityMilliampHours()));
		}
		double averageCe = complete.stream()
			.skip(complete.size() > 1 ? 1 : 0)
			.mapToDouble(CycleMetrics::coulombicEfficiencyPercent)
			.average()
			.orElse(Double.NaN);
		Double mass = parameters.cathodeActiveMassGrams();
		Double area = parameters.electrodeAreaCm2();
		return new FullCellMetrics(first.cycle(), complete.get(complete.size() - 1).cycle(), complete.size(),
				first.dischargeCapacityMilliampHours(),
				(mass != null && mass > 0) ? first.dischargeCapacityMilliampHours() / mass : null,
				(area != null && area > 0) ? first.dischargeCapacityMilliampHours() / area : null, reference.cycle(),
				referenceCapacity, List.copyOf(soh), crossings, retention, averageCe);
	}

	/** The cycle at which state of health first fell below {@code threshold}, if it did. */
	public @Nullable Integer cycleAt(double threshold) {
		return this.cycleAtStateOfHealth.get(threshold);
	}

}
