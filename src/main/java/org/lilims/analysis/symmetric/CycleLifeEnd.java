package org.lilims.analysis.symmetric;

/**
 * What ended (or did not end) a symmetric cell's cycle life.
 */
public enum CycleLifeEnd {

	/** |V| reached the cut-off: the cycle life is exact. */
	CUT_OFF_REACHED,

	/**
	 * The overpotential collapsed for good (a soft short): the cell failed, although |V| never reached the cut-off.
	 * The cycle life counts the cycles before the short, never the low-voltage cycles after it.
	 */
	SOFT_SHORT,

	/**
	 * Neither happened in the data (the cell is still cycling, or the test stopped before it failed): the cycle life
	 * is a lower bound.
	 */
	CENSORED

}
