package org.lilims.simulator;

/**
 * What the simulated cycler channel is doing, with the MACCOR {@code State} letter it is written as.
 */
public enum CyclerState {

	/** Open circuit, no current. */
	REST('R'),

	/** Positive current (into the cycler's positive lead). */
	CHARGE('C'),

	/** Negative current. */
	DISCHARGE('D');

	private final char code;

	CyclerState(char code) {
		this.code = code;
	}

	/**
	 * The MACCOR {@code State} letter.
	 */
	public char code() {
		return this.code;
	}

}
