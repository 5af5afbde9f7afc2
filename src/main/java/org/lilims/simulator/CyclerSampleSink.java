package org.lilims.simulator;

import java.io.IOException;

/**
 * Receives a simulation's samples in time order, one at a time, so that nothing is collected.
 */
@FunctionalInterface
public interface CyclerSampleSink {

	void sample(CyclerSample sample) throws IOException;

}
