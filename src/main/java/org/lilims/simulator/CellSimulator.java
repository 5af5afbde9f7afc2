package org.lilims.simulator;

import java.io.IOException;

/**
 * A simulated cell on a cycler channel: runs its procedure and says how to label the data.
 */
public interface CellSimulator {

	/**
	 * Runs the whole test, from its first sample to its last, into {@code sink}; the same parameters give the same
	 * samples each time.
	 */
	void run(CyclerSampleSink sink) throws IOException;

	/**
	 * A procedure name for the export, starting with {@code SIMULATED}.
	 */
	String procedureName();

	/**
	 * One line saying that the data are simulated, by what and with which parameters.
	 */
	String description();

}
