package org.lilims.cycling;

/**
 * The kinds of cycling protocol LiLIMS records.
 */
public enum ProtocolType {

	/** Li||Li cell: plate and strip a fixed areal capacity at a fixed current density within a voltage cut-off. */
	SYMMETRIC_PLATING_STRIPPING,

	/** Full cell: constant-current charge and discharge at a C-rate within a voltage window. */
	FULL_CELL_GALVANOSTATIC

}
