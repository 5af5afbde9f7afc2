package org.lilims.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.AnalysisJobs.JobView;
import org.lilims.analysis.AnalysisResults.AnalysedDataSet;
import org.lilims.analysis.AnalysisResults.DepositionResult;
import org.lilims.analysis.AnalysisResults.ImpedanceResult;
import org.lilims.analysis.AnalysisResults.MetricHit;
import org.lilims.analysis.AnalysisResults.ResultKind;
import org.lilims.analysis.AnalysisResults.StoredResult;
import org.lilims.analysis.cycles.Lttb;
import org.lilims.analysis.cycles.VoltageProfile;
import org.lilims.analysis.symmetric.HalfCycleMetrics;
import org.lilims.instrument.InstrumentFileState;
import org.lilims.instrument.InstrumentFileView;
import org.lilims.instrument.InstrumentFiles;
import org.lilims.sample.SampleApi;
import org.lilims.sample.SampleKind;
import org.lilims.sample.SampleView;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * What the analysis knows of a cell, for the API and the cell page: headline metrics with their provenance, the
 * per-cycle table, the jobs; and recomputation on request (e.g. after an algorithm's version changed).
 */
@Service
public class CellAnalysis implements AnalysisApi {

	private static final int JOBS_SHOWN = 10;

	private static final String STALE_REASON = "result of an older algorithm version recomputed";

	private final SampleApi samples;

	private final InstrumentFiles files;

	private final AnalysisResults results;

	private final AnalysisJobs jobs;

	private final VoltageWindows windows;

	CellAnalysis(SampleApi samples, InstrumentFiles files, AnalysisResults results, AnalysisJobs jobs,
			VoltageWindows windows) {
		this.samples = samples;
		this.files = files;
		this.results = results;
		this.jobs = jobs;
		this.windows = windows;
	}

	CellMetricsView metrics(String cellCode) {
		return metrics(cellCode, List.of(), List.of());
	}

	/**
	 * The headline metrics, with the capacity retention at further cycles and the first crossing of further
	 * state-of-health thresholds, computed from the stored per-cycle table on request.
	 */
	CellMetricsView metrics(String cellCode, List<Integer> retentionAt, List<Double> sohThresholds) {
		SampleView cell = cell(cellCode);
		Optional<StoredResult> result = this.results.latest(cell.code(), ResultKind.CYCLING);
		Optional<StoredResult> impedance = this.results.latest(cell.code(), ResultKind.IMPEDANCE);
		List<JobView> recentJobs = this.jobs.ofCell(cell.code(), JOBS_SHOWN);
		List<MetricView> metrics = new ArrayList<>();
		Provenance provenance = result.map(CellAnalysis::provenance).orElse(null);
		Stream.concat(result.stream(), impedance.stream()).forEach(stored -> stored.metrics().forEach((name, value) -> {
			MetricDefinition definition = MetricCatalog.find(name)
				.orElse(new MetricDefinition(name, name, value.unit(), ""));
			metrics.add(new MetricView(name, definition.label(), value.value(), value.unit(), value.censored(),
					display(value), definition.definition(), value.algorithm(), value.algorithmVersion()));
		}));
		result.ifPresent(stored -> metrics.addAll(OnRequestMetrics.of(stored, retentionAt, sohThresholds)));
		if (impedance.isPresent()) {
			InterphaseResistanceMetrics.of(impedance(cell.code())).forEach((name, value) -> {
				MetricDefinition definition = MetricCatalog.find(name).orElseThrow();
				metrics.add(new MetricView(name, definition.label(), value.value(), value.unit(), value.censored(),
						display(value), definition.definition(), value.algorithm(), value.algorithmVersion()));
			});
		}
		metrics.sort(Comparator.comparingInt(metric -> MetricCatalog.order(metric.name())));
		Object configuration = cell.parameters().get("configuration");
		AnalysisStatus status = status(recentJobs, result.isPresent());
		return new CellMetricsView(cell.code(), (configuration != null) ? configuration.toString() : null, status,
				(status == AnalysisStatus.FAILED) ? recentJobs.get(0).failureReason() : null, metrics, provenance,
				impedance.map(CellAnalysis::provenance).orElse(null), recentJobs);
	}

	@Override
	public Map<String, MetricValue> metricsOf(String cellCode) {
		String code = cell(cellCode).code();
		Map<String, MetricValue> metrics = new LinkedHashMap<>();
		metrics.putAll(this.results.latestMetrics(code, ResultKind.CYCLING));
		metrics.putAll(this.results.latestMetrics(code, ResultKind.IMPEDANCE));
		if (metrics.containsKey(MetricCatalog.SPECTRA_FITTED)) {
			metrics.putAll(InterphaseResistanceMetrics.of(impedance(code)));
		}
		return metrics;
	}

	/**
	 * The stored metrics in a few queries; the R_int series (computed when read, from every spectrum of the cell) only
	 * when one of its metrics is wanted.
	 */
	@Override
	public Map<String, Map<String, MetricValue>> metricsOfCells(Collection<String> cellCodes,
			Collection<String> wanted) {
		Map<String, Map<String, MetricValue>> metrics = cellCodes.isEmpty() ? Map.of()
				: this.results.latestMetrics(cellCodes);
		if (InterphaseResistanceMetrics.names().stream().noneMatch(wanted::contains)) {
			return metrics;
		}
		metrics.forEach((code, values) -> {
			if (values.containsKey(MetricCatalog.SPECTRA_FITTED)) {
				values.putAll(InterphaseResistanceMetrics.of(impedance(code)));
			}
		});
		return metrics;
	}

	@Override
	public List<CycleRow> cyclesOf(String cellCode) {
		return cycles(cellCode);
	}

	@Override
	public Curve interphaseResistanceOf(String cellCode) {
		List<SpectrumFit> spectra = impedance(cellCode).stream()
			.flatMap(result -> result.spectra().stream())
			.filter(fit -> fit.interphaseResistanceOhms() != null)
			.toList();
		boolean byCycle = spectra.stream().allMatch(fit -> fit.cycle() != null);
		double[] x = new double[spectra.size()];
		double[] y = new double[spectra.size()];
		for (int i = 0; i < spectra.size(); i++) {
			Integer cycle = spectra.get(i).cycle();
			x[i] = (byCycle && cycle != null) ? cycle : i + 1;
			y[i] = spectra.get(i).interphaseResistanceOhms();
		}
		return new Curve(byCycle ? "cycle" : "measurement", x, y);
	}

	@Override
	public List<Curve> nyquistOf(String cellCode) {
		List<ImpedanceResult> results = impedance(cellCode);
		if (results.isEmpty() || results.get(results.size() - 1).spectra().isEmpty()) {
			return List.of();
		}
		List<SpectrumFit> spectra = results.get(results.size() - 1).spectra();
		SpectrumFit newest = spectra.get(spectra.size() - 1);
		return List.of(
				new Curve("spectrum " + newest.spectrum() + " measured", newest.realOhms(),
						negated(newest.imaginaryOhms())),
				new Curve("spectrum " + newest.spectrum() + " fit", newest.fittedRealOhms(),
						negated(newest.fittedImaginaryOhms())));
	}

	private static double[] negated(double[] values) {
		double[] negated = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			negated[i] = -values[i];
		}
		return negated;
	}

	@Override
	public List<Curve> profilesOf(String cellCode, List<Integer> cycles, int points) {
		List<Curve> curves = new ArrayList<>();
		if (cycles.isEmpty()) {
			return curves;
		}
		for (VoltageProfile profile : profiles(cellCode, cycles)) {
			curves.add(thinned("cycle " + profile.cycle() + " charge", profile.chargeCapacityMah(),
					profile.chargeVoltageV(), points));
			curves.add(thinned("cycle " + profile.cycle() + " discharge", profile.dischargeCapacityMah(),
					profile.dischargeVoltageV(), points));
		}
		return curves;
	}

	@Override
	public Curve voltageWindowOf(String cellCode, int fromCycle, int toCycle, int points) {
		String label = "cycles " + fromCycle + "-" + toCycle;
		if (this.results.latestFileId(cell(cellCode).code(), ResultKind.CYCLING).isEmpty()) {
			return new Curve(label, new double[0], new double[0]);
		}
		VoltageWindows.VoltageWindow window = this.windows.window(cellCode, fromCycle, toCycle, points);
		return new Curve(label, window.timeSeconds(), window.voltageV());
	}

	@Override
	public List<Curve> voltageWindowsOf(String cellCode, List<CycleRange> windows, int points) {
		return this.windows.windows(cell(cellCode).code(), windows, points)
			.stream()
			.map(window -> new Curve("cycles " + window.fromCycle() + "-" + window.toCycle(), window.timeSeconds(),
					window.voltageV()))
			.toList();
	}

	private static Curve thinned(String label, double[] x, double[] y, int points) {
		double[][] kept = Lttb.downsample(x, y, Math.max(3, points));
		return new Curve(label, kept[0], kept[1]);
	}

	@Override
	public List<MetricDefinition> definitions() {
		return MetricCatalog.all();
	}

	List<CycleRow> cycles(String cellCode) {
		SampleView cell = cell(cellCode);
		return this.results.latest(cell.code(), ResultKind.CYCLING).map(StoredResult::cycles).orElse(List.of());
	}

	Optional<VoltageSeries> series(String cellCode) {
		return this.results.series(cell(cellCode).code());
	}

	List<VoltageProfile> profiles(String cellCode, @Nullable List<Integer> cycles) {
		String code = cell(cellCode).code();
		return (cycles == null || cycles.isEmpty()) ? this.results.profiles(code)
				: this.results.profiles(code, cycles);
	}

	List<HalfCycleMetrics> halfCycles(String cellCode) {
		return this.results.halfCycles(cell(cellCode).code());
	}

	/** The cell's impedance data sets, each spectrum placed at the cycle its cell had begun when it was measured. */
	List<ImpedanceResult> impedance(String cellCode) {
		String code = cell(cellCode).code();
		CycleClock clock = this.results.latest(code, ResultKind.CYCLING).map(CycleClock::of).orElse(CycleClock.NONE);
		return this.results.impedance(code)
			.stream()
			.map(result -> new ImpedanceResult(result.resultId(), result.instrumentFileId(), result.fileName(),
					result.fileSha256(), result.datasetVersion(), result.algorithms(), result.parameters(),
					result.spectra().stream().map(fit -> fit.atCycle(clock.cycleAt(fit.measuredAt()))).toList(),
					result.computedAt()))
			.toList();
	}

	List<DepositionResult> depositions(long stepId) {
		return this.results.depositions(stepId);
	}

	@Override
	public List<DepositionCurves> depositionCurvesOf(long stepId) {
		return this.results.depositions(stepId)
			.stream()
			.findFirst()
			.map(newest -> newest.layers()
				.stream()
				.map(layer -> new DepositionCurves(layer.layer(), layer.material(), newest.fileName(),
						layer.elapsedSeconds(), layer.rateSeriesNmPerS(), layer.thicknessSeriesNm()))
				.toList())
			.orElse(List.of());
	}

	/** Queues the analysis of every current data set of the cell again. */
	List<JobView> recompute(String cellCode) {
		SampleView cell = cell(cellCode);
		for (InstrumentFileView file : this.files.ofCell(cell.code())) {
			if (file.supersededBy() == null && file.state() == InstrumentFileState.LINKED && file.id() != null
					&& !file.depositionLog()) {
				this.jobs.enqueue(file.id(), cell.code(), "recomputation requested");
			}
		}
		return this.jobs.ofCell(cell.code(), JOBS_SHOWN);
	}

	/**
	 * Queues the data set of every current result computed by an older algorithm version again, cells' data sets and
	 * coating runs' deposition logs alike; returns how many data sets were queued.
	 */
	int recomputeStale() {
		List<AnalysedDataSet> stale = this.results.currentDataSets()
			.stream()
			.filter(dataSet -> AlgorithmVersions.stale(dataSet.algorithms()))
			.toList();
		for (AnalysedDataSet dataSet : stale) {
			if (dataSet.cellCode() != null) {
				this.jobs.enqueue(dataSet.instrumentFileId(), dataSet.cellCode(), STALE_REASON);
			}
			else if (dataSet.stepId() != null) {
				this.jobs.enqueueForStep(dataSet.instrumentFileId(), dataSet.stepId(), STALE_REASON);
			}
		}
		return (int) stale.stream().map(AnalysedDataSet::instrumentFileId).distinct().count();
	}

	List<MetricHit> search(@Nullable String metric, @Nullable Double min, @Nullable Double max) {
		if (metric == null || metric.isBlank() || MetricCatalog.find(metric).isEmpty()) {
			throw new InvalidInputException("metric", "must be one of " + MetricCatalog.all()
				.stream()
				.map(MetricDefinition::name)
				.toList());
		}
		// only cells of projects the user may read, as for a cell's own metrics
		return this.results.search(metric, min, max)
			.stream()
			.filter(hit -> this.samples.find(hit.cellCode()).isPresent())
			.toList();
	}

	private SampleView cell(String code) {
		return this.samples.find(code.trim())
			.filter(sample -> sample.kind() == SampleKind.CELL)
			.orElseThrow(() -> new NotFoundException("No cell " + code));
	}

	private static AnalysisStatus status(List<JobView> jobs, boolean hasResult) {
		if (jobs.isEmpty()) {
			return hasResult ? AnalysisStatus.DONE : AnalysisStatus.NO_DATA;
		}
		return switch (jobs.get(0).state()) {
			case PENDING -> AnalysisStatus.RUNNING;
			case FAILED -> AnalysisStatus.FAILED;
			case DONE -> AnalysisStatus.DONE;
			case SKIPPED -> hasResult ? AnalysisStatus.DONE : AnalysisStatus.NO_DATA;
		};
	}

	/** The value as people read it: whole cycles, four significant digits otherwise, "&gt; " when censored. */
	static String display(MetricValue metric) {
		Double value = metric.value();
		if (value == null) {
			return "—";
		}
		String number = metric.unit().startsWith("cycle") ? String.format(Locale.ROOT, "%.0f", value)
				: Figures.number(value);
		return (metric.censored() ? "> " : "") + number;
	}

	private static Provenance provenance(StoredResult result) {
		return new Provenance(result.id(), result.instrumentFileId(), result.fileName(), result.fileSha256(),
				result.datasetVersion(), result.algorithms(), result.parameters(), result.computedAt(),
				AlgorithmVersions.stale(result.algorithms()));
	}

	/** How far the analysis of a cell is. */
	enum AnalysisStatus {

		/** No data set has been analysed yet. */
		NO_DATA,
		/** A job is pending or running. */
		RUNNING,
		/** The newest job is done. */
		DONE,
		/** The newest job failed; its reason says why. */
		FAILED

	}

	/**
	 * A cell's headline metrics.
	 *
	 * @param cellCode the cell
	 * @param configuration {@code SYMMETRIC}, {@code FULL_CELL} or null
	 * @param status how far the analysis is
	 * @param failureReason why the newest job failed, when it did
	 * @param metrics the headline metrics of its newest cycling data set
	 * @param provenance where the cycling metrics come from (null without a cycling result)
	 * @param impedanceProvenance where R_int comes from (null without an impedance result)
	 * @param jobs the newest jobs, newest first
	 */
	record CellMetricsView(String cellCode, @Nullable String configuration, AnalysisStatus status,
			@Nullable String failureReason, List<MetricView> metrics, @Nullable Provenance provenance,
			@Nullable Provenance impedanceProvenance, List<JobView> jobs) {

		/** Whether the cycling or the impedance result was computed by an older algorithm version. */
		public boolean anyStale() {
			return (this.provenance != null && this.provenance.stale())
					|| (this.impedanceProvenance != null && this.impedanceProvenance.stale());
		}

	}

	/**
	 * One headline metric.
	 *
	 * @param name its key
	 * @param label its name for people
	 * @param value its value (null when not computable)
	 * @param unit its unit
	 * @param censored whether the value is a lower bound ("&gt; value")
	 * @param display the value as people read it
	 * @param definition how it is computed
	 * @param algorithm the algorithm that computed it
	 * @param algorithmVersion that algorithm's version
	 */
	record MetricView(String name, String label, @Nullable Double value, String unit, boolean censored,
			String display, String definition, String algorithm, int algorithmVersion) {
	}

	/**
	 * Where a result comes from.
	 *
	 * @param resultId the stored result
	 * @param instrumentFileId the gateway's data set
	 * @param fileName its name
	 * @param fileSha256 SHA-256 of its raw bytes
	 * @param datasetVersion which version of the data set
	 * @param algorithms the algorithms and their versions
	 * @param parameters the parameters they ran with
	 * @param computedAt when
	 * @param stale whether an algorithm has a newer version since (recompute to update)
	 */
	record Provenance(long resultId, long instrumentFileId, String fileName, String fileSha256, int datasetVersion,
			Map<String, Integer> algorithms, Map<String, Object> parameters, Instant computedAt, boolean stale) {
	}

}
