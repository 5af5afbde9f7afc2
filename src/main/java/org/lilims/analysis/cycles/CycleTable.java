package org.lilims.analysis.cycles;

import java.util.List;

/**
 * The cycles of a data set, in file order.
 *
 * @param cycles one entry per cycle
 * @param cyclesDerived whether the file numbered no cycles and they were derived (a new cycle at each charge that
 * follows a discharge)
 * @param rows data rows read
 */
public record CycleTable(List<CycleMetrics> cycles, boolean cyclesDerived, long rows) {

	public List<CycleMetrics> complete() {
		return this.cycles.stream().filter(CycleMetrics::isComplete).toList();
	}

}
