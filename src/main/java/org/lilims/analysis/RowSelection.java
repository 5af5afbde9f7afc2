package org.lilims.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Which rows of a long per-cycle table the cell page shows before "show all": those of the first 10 cycles, of the
 * round-numbered ones (every 10th up to 100 cycles, 50th up to 500, 100th beyond) and of the last, so that a
 * 1000-cycle cell's page stays short and fast.
 */
final class RowSelection {

	/** Tables up to this many rows are shown whole. */
	static final int SHOWN_WHOLE = 20;

	private static final int FIRST_CYCLES = 10;

	private RowSelection() {
	}

	static <T> List<T> kept(List<T> rows, ToIntFunction<T> cycleOf) {
		if (rows.size() <= SHOWN_WHOLE) {
			return rows;
		}
		Set<Integer> first = new LinkedHashSet<>();
		for (T row : rows) {
			if (first.size() == FIRST_CYCLES) {
				break;
			}
			first.add(cycleOf.applyAsInt(row));
		}
		int last = cycleOf.applyAsInt(rows.get(rows.size() - 1));
		int round = (last <= 100) ? 10 : (last <= 500) ? 50 : 100;
		return rows.stream().filter(row -> {
			int cycle = cycleOf.applyAsInt(row);
			return first.contains(cycle) || cycle % round == 0 || cycle == last;
		}).toList();
	}

}
