package org.lilims.analysis;

/**
 * The name and version of the impedance analysis (equivalent-circuit fit per spectrum, capacitive points only), for
 * provenance.
 */
final class EisAlgorithm {

	static final String NAME = "eis-circuit-fit";

	static final int VERSION = 1;

	private EisAlgorithm() {
	}

}
