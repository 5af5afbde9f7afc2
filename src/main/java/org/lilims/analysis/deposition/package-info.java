/**
 * Metrics of PVD coating runs from deposition-controller logs: per layer final thickness, rate and duration, compared
 * with the run's targets. Plain Java, no Spring.
 */
@org.jspecify.annotations.NullMarked
package org.lilims.analysis.deposition;
