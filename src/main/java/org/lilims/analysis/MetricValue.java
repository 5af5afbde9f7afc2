package org.lilims.analysis;

import org.jspecify.annotations.Nullable;

/**
 * One computed headline metric as stored with its result.
 *
 * @param value the value, null when it could not be computed
 * @param unit its unit
 * @param censored whether the value is a lower bound (e.g. SOH 80 % not reached by the last cycle: "> value")
 * @param algorithm the algorithm that computed it
 * @param algorithmVersion that algorithm's version
 */
public record MetricValue(@Nullable Double value, String unit, boolean censored, String algorithm,
		int algorithmVersion) {
}
