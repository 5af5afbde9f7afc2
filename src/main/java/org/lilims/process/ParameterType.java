package org.lilims.process;

/**
 * The type of a step parameter.
 */
public enum ParameterType {

	/** A number in the definition's unit; a value in another unit of the same dimension is converted. */
	NUMBER,

	/** Free text. */
	TEXT,

	/** One of the definition's choices. */
	CHOICE,

	/** A calendar date (ISO-8601, {@code 2026-11-25}). */
	DATE,

	/** Yes or no. */
	BOOLEAN,

	/** An ordered list of rows, each with the definition's item parameters (e.g. the layers of a PVD run). */
	LIST

}
