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
	 * {@link #metricsOf(String)} for many cells in one query, for pages comparing them; cells without results are left
	 * out. Every stored metric is returned; the R_int series, computed when read (two more queries per cell with
	 * impedance data), only if {@code wanted} names one of its metrics. The caller must have been allowed to read the
	 * cells (e.g. got them from {@code SampleApi.cellsOf}).
	 */
	Map<String, Map<String, MetricValue>> metricsOfCells(Collection<String> cellCodes, Collection<String> wanted);

	/** The cell's per-cycle table (newest cycling data set). */
	List<CycleRow> cyclesOf(String cellCode);

	/**
	 * R_int of each fitted impedance spectrum (x) against the cycle the cell had begun when it was measured, or the
	 * measurement's number when a file has no times; label {@code cycle} or {@code measurement}; empty curve without
	 * impedance data.
	 */
	Curve interphaseResistanceOf(String cellCode);

	/**
	 * The newest impedance spectrum of the cell as a Nyquist curve (x Re Z, y −Im Z, Ω), labelled
	 * {@code spectrum N measured}, with its fitted equivalent circuit at the same frequencies ({@code spectrum N fit});
	 * empty without impedance data.
	 */
	List<Curve> nyquistOf(String cellCode);

	/**
	 * The kept voltage profiles of those cycles, each half-cycle a curve of voltage (V) against the charge passed
	 * since it began (mAh), labelled {@code cycle N charge} or {@code cycle N discharge}, thinned by LTTB to at most
	 * {@code points} points (at least 3).
	 */
	List<Curve> profilesOf(String cellCode, List<Integer> cycles, int points);

	/**
	 * Voltage (V) against test time (s) of cycles {@code fromCycle}..{@code toCycle}, read at full resolution from the
	 * cell's newest analysed raw file and thinned by LTTB to at most {@code points} points (3 to 20 000); empty when the
	 * cell has no analysed cycling data or did not reach those cycles.
	 */
	Curve voltageWindowOf(String cellCode, int fromCycle, int toCycle, int points);

	/**
	 * {@link #voltageWindowOf} for several windows from one pass over the raw file, in their order; none when the cell
	 * has no analysed cycling data.
	 */
	List<Curve> voltageWindowsOf(String cellCode, List<CycleRange> windows, int points);

	/**
	 * Rate and thickness against time of each layer of a PVD coating run's newest analysed deposition log, the same
	 * readings {@code GET /api/v1/steps/{id}/deposition} reports; empty when the step has none.
	 */
	List<DepositionCurves> depositionCurvesOf(long stepId);

	/** Every headline metric's definition. */
	List<MetricDefinition> definitions();

}
