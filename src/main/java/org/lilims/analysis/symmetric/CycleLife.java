package org.lilims.analysis.symmetric;

/**
 * The cycle life of a symmetric cell: the number of completed cycles before |V| reached the cut-off. A cycle is one
 * half-cycle of each direction, counted from the data (see {@link HalfCycleMetrics#cycle()}), so the cut-off reached
 * in any half-cycle of cycle {@code n} gives {@code n - 1}.
 *
 * @param cycles the cycle life; after a soft short, the cycles before the one in which it formed; when censored, the
 * completed cycles (a lower bound)
 * @param end what ended it
 */
public record CycleLife(int cycles, CycleLifeEnd end) {

	/** Whether the cycle life is only a lower bound (censored). */
	public boolean lowerBound() {
		return this.end == CycleLifeEnd.CENSORED;
	}

	/**
	 * {@code 200}, {@code ≥ 200} when censored (the cell completed 200 cycles without failing, so its life is at
	 * least that), or {@code 119 (soft short)}.
	 */
	@Override
	public String toString() {
		return switch (this.end) {
			case CUT_OFF_REACHED -> Integer.toString(this.cycles);
			case CENSORED -> "≥ " + this.cycles;
			case SOFT_SHORT -> this.cycles + " (soft short)";
		};
	}

}
