package org.lilims.analysis.symmetric;

/**
 * The direction of a half-cycle of a symmetric Li||Li cell, named for the working electrode on the cycler's positive
 * lead.
 */
public enum HalfCycleDirection {

	/** Li plated onto the working electrode: negative current (MACCOR State {@code D}), negative voltage. */
	PLATING,

	/** Li stripped from the working electrode: positive current (MACCOR State {@code C}), positive voltage. */
	STRIPPING

}
