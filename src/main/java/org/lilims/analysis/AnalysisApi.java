package org.lilims.analysis;

import java.util.List;
import java.util.Map;

/**
 * What other modules (studies, dashboards) may ask of the analysis.
 */
public interface AnalysisApi {

	/**
	 * The cell's current headline metrics by name (from its newest cycling and impedance results), each with its
	 * unit, whether it is censored, and its algorithm; empty when nothing has been analysed yet.
	 */
	Map<String, MetricValue> metricsOf(String cellCode);

	/** The cell's per-cycle table (newest cycling data set). */
	List<CycleRow> cyclesOf(String cellCode);

	/** Every headline metric's definition. */
	List<MetricDefinition> definitions();

}
