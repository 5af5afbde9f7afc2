package org.lilims.analysis;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.lilims.analysis.AnalysisJobs.JobView;
import org.lilims.analysis.AnalysisResults.DepositionResult;
import org.lilims.analysis.AnalysisResults.ImpedanceResult;
import org.lilims.analysis.AnalysisResults.MetricHit;
import org.lilims.analysis.CellAnalysis.CellMetricsView;
import org.lilims.analysis.cycles.VoltageProfile;
import org.lilims.analysis.symmetric.HalfCycleMetrics;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analysis API: a cell's headline metrics with provenance, its per-cycle table (JSON or CSV), recomputation, and
 * the search of cells by a metric.
 */
@RestController
class CellAnalysisRestController {

	private static final MediaType TEXT_CSV = new MediaType("text", "csv");

	private final CellAnalysis analysis;

	private final VoltageWindows windows;

	CellAnalysisRestController(CellAnalysis analysis, VoltageWindows windows) {
		this.analysis = analysis;
		this.windows = windows;
	}

	/**
	 * Voltage against test time of cycles {@code fromCycle}..{@code toCycle} (all when absent) at full resolution,
	 * thinned by LTTB to {@code points} (default 2000, at most 20 000): for zooming into chosen cycles.
	 */
	@GetMapping("/api/v1/cells/{code}/voltage")
	VoltageWindows.VoltageWindow voltage(@PathVariable String code,
			@RequestParam(required = false) @Nullable Integer fromCycle,
			@RequestParam(required = false) @Nullable Integer toCycle,
			@RequestParam(required = false) @Nullable Integer points) {
		return this.windows.window(code, fromCycle, toCycle, points);
	}

	/**
	 * The headline metrics with their provenance; {@code retentionAt} (cycles) and {@code sohThreshold} (percent)
	 * add the capacity retention at those cycles and the first cycle below those states of health.
	 */
	@GetMapping("/api/v1/cells/{code}/metrics")
	CellMetricsView metrics(@PathVariable String code,
			@RequestParam(required = false) @Nullable List<Integer> retentionAt,
			@RequestParam(required = false) @Nullable List<Double> sohThreshold) {
		return this.analysis.metrics(code, (retentionAt != null) ? retentionAt : List.of(),
				(sohThreshold != null) ? sohThreshold : List.of());
	}

	@GetMapping(path = "/api/v1/cells/{code}/cycles", produces = MediaType.APPLICATION_JSON_VALUE)
	List<CycleRow> cycles(@PathVariable String code) {
		return this.analysis.cycles(code);
	}

	@GetMapping(path = "/api/v1/cells/{code}/cycles", produces = "text/csv")
	ResponseEntity<String> cyclesAsCsv(@PathVariable String code) throws IOException {
		return csv(code);
	}

	@GetMapping(path = "/api/v1/cells/{code}/cycles.csv")
	ResponseEntity<String> cyclesCsvFile(@PathVariable String code) throws IOException {
		return csv(code);
	}

	/** Voltage against test time of the newest cycling data set, thinned for plotting; 204 before any analysis. */
	@GetMapping("/api/v1/cells/{code}/series")
	ResponseEntity<VoltageSeries> series(@PathVariable String code) {
		return this.analysis.series(code).map(ResponseEntity::ok).orElse(ResponseEntity.noContent().build());
	}

	/** Voltage profiles of the kept cycles (the first ones, round numbers, the last), or of those asked for. */
	@GetMapping("/api/v1/cells/{code}/profiles")
	List<VoltageProfile> profiles(@PathVariable String code,
			@RequestParam(required = false) @Nullable List<Integer> cycles) {
		return this.analysis.profiles(code, cycles);
	}

	/** Queues the analysis of the cell's current data sets again: 202 with the cell's newest jobs. */
	@PostMapping("/api/v1/cells/{code}/analysis")
	ResponseEntity<List<JobView>> recompute(@PathVariable String code) {
		return ResponseEntity.accepted().body(this.analysis.recompute(code));
	}

	/**
	 * Administrators: queues the data set of every current result computed by an older algorithm version again
	 * (cells' data sets and deposition logs); 202 with how many.
	 */
	@PostMapping("/api/v1/analysis/recompute-stale")
	ResponseEntity<StaleRecomputation> recomputeStale() {
		return ResponseEntity.accepted().body(new StaleRecomputation(this.analysis.recomputeStale()));
	}

	@GetMapping("/api/v1/analysis/cells")
	List<MetricHit> search(@RequestParam(required = false) @Nullable String metric,
			@RequestParam(required = false) @Nullable Double min,
			@RequestParam(required = false) @Nullable Double max) {
		return this.analysis.search(metric, min, max);
	}

	/** A symmetric cell's half-cycles: plateau and peak overpotential, tip, shape, duration, charge. */
	@GetMapping("/api/v1/cells/{code}/half-cycles")
	List<HalfCycleMetrics> halfCycles(@PathVariable String code) {
		return this.analysis.halfCycles(code);
	}

	/**
	 * The cell's impedance data sets with every spectrum's points, fitted circuit (values and standard errors), fitted
	 * curve and R_int, oldest data set first: R_int's evolution over the measurements.
	 */
	@GetMapping("/api/v1/cells/{code}/eis")
	List<ImpedanceResult> eis(@PathVariable String code) {
		return this.analysis.impedance(code);
	}

	/** The layer metrics of a PVD coating run's deposition logs (newest first), with their provenance. */
	@GetMapping("/api/v1/steps/{id}/deposition")
	List<DepositionResult> deposition(@PathVariable long id) {
		return this.analysis.depositions(id);
	}

	/**
	 * Every headline metric's definition (scope {@code cell}), then every column of the per-cycle, half-cycle and
	 * impedance-fit tables (scopes {@code cycle}, {@code halfCycle}, {@code spectrum}).
	 */
	@GetMapping("/api/v1/analysis/metrics")
	List<DefinitionView> definitions() {
		return Stream.concat(MetricCatalog.all().stream().map(DefinitionView::of),
				TableColumns.definitions().stream()).toList();
	}

	private ResponseEntity<String> csv(String code) throws IOException {
		List<CycleRow> rows = this.analysis.cycles(code);
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(CycleRow.CSV_HEADER).get().print(out)) {
			for (CycleRow row : rows) {
				printer.printRecord(csvValues(row));
			}
		}
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + code + "-cycles.csv\"")
			.body(out.toString());
	}

	private static Object[] csvValues(CycleRow row) {
		Object[] values = row.csvValues();
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Double number && !Double.isFinite(number)) {
				values[i] = "";
			}
		}
		return values;
	}

	/**
	 * What {@code POST /api/v1/analysis/recompute-stale} queued.
	 *
	 * @param queued how many data sets with a stale result were queued for analysis again
	 */
	record StaleRecomputation(int queued) {
	}

}
