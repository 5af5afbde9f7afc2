package org.lilims.instrument;

/**
 * What the cell was doing in a time-series row, normalised from the vendor's state or step type.
 */
public enum StepKind {

	CHARGE, DISCHARGE, REST, OTHER

}
