package org.lilims.analysis;

/**
 * Cycles {@code fromCycle} to {@code toCycle}, both included, as the file numbers them.
 */
public record CycleRange(int fromCycle, int toCycle) {

	public CycleRange {
		if (toCycle < fromCycle) {
			throw new IllegalArgumentException("cycle range ends (" + toCycle + ") before it starts (" + fromCycle + ")");
		}
	}

}
