package org.lilims.analysis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How analysis jobs run.
 *
 * @param scanInterval how often each node looks for pending jobs
 * @param lease how long a node may work on one job before another node may take it over (the first having died)
 * @param maxAttempts how often a job is taken up before it is marked FAILED
 * @param eisCircuit the equivalent circuit fitted to every impedance spectrum, in the common notation
 * @param sohReferenceCycles the state-of-health reference is the highest discharge capacity among this many first
 * complete cycles
 */
@ConfigurationProperties("lilims.analysis")
record AnalysisProperties(@DefaultValue("2s") Duration scanInterval, @DefaultValue("10m") Duration lease,
		@DefaultValue("3") int maxAttempts, @DefaultValue("R0-p(R1,CPE1)-W1") String eisCircuit,
		@DefaultValue("3") int sohReferenceCycles) {
}
