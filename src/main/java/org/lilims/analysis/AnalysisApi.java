package org.lilims.analysis;

import java.util.Collection;
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

	/**
	 * {@link #metricsOf(String)} for many cells in one query (two more per cell with impedance data, for its R_int
	 * series), for pages comparing them; cells without results are left out. The caller must have been allowed to read the cells (e.g. got them from {@code SampleApi.cellsOf}).
	 */
	Map<String, Map<String, MetricValue>> metricsOfCells(Collection<String> cellCodes);

	/** The cell's per-cycle table (newest cycling data set). */
	List<CycleRow> cyclesOf(String cellCode);

	/** Every headline metric's definition. */
	List<MetricDefinition> definitions();

}
