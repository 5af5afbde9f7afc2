package org.lilims.sample;

/**
 * Where a sample is in its life.
 */
public enum SampleStatus {

	/** In stock (some may be used). */
	AVAILABLE,

	/** Used up by steps. */
	CONSUMED,

	/** Thrown away or otherwise gone; kept for the record. */
	DISPOSED

}
