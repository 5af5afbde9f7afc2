package org.lilims.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.AnalysisResults.NewResult;
import org.lilims.analysis.AnalysisResults.ResultKind;
import org.lilims.analysis.cycles.CycleAnalysis;
import org.lilims.analysis.cycles.CycleTable;
import org.lilims.analysis.cycles.FullCellMetrics;
import org.lilims.analysis.cycles.FullCellParameters;
import org.lilims.analysis.cycles.PlotRecorder;
import org.lilims.analysis.eis.CircuitFit;
import org.lilims.analysis.eis.CircuitFitter;
import org.lilims.analysis.eis.EquivalentCircuit;
import org.lilims.analysis.eis.ImpedanceSpectrum;
import org.lilims.analysis.eis.LinKk;
import org.lilims.analysis.symmetric.SymmetricCellAnalysis;
import org.lilims.analysis.symmetric.SymmetricCellAnalysisParameters;
import org.lilims.analysis.symmetric.SymmetricCellMetrics;
import org.lilims.cycling.CyclingApi;
import org.lilims.instrument.InstrumentFileState;
import org.lilims.instrument.InstrumentFileView;
import org.lilims.instrument.InstrumentFiles;
import org.lilims.instrument.InstrumentParsers;
import org.lilims.instrument.ParseSink;
import org.lilims.sample.SampleApi;
import org.lilims.sample.SampleView;
import org.lilims.shared.NotFoundException;
import org.lilims.storage.FileId;
import org.lilims.storage.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Analyses one data set of a cell: reads the stored raw file again through its parser (results derive from the raw
 * bytes, never from a copy), computes what the cell's configuration and the data call for (per-cycle table; full-cell
 * or symmetric-cell metrics; equivalent-circuit fits of impedance spectra), and stores it with its provenance.
 */
@Component
class CellDataAnalyser {

	private static final Logger log = LoggerFactory.getLogger(CellDataAnalyser.class);

	// about 4000 to 8000 points: enough to zoom into a cycle of a 1000-cycle test
	private static final int SERIES_BUCKETS = 2000;

	private final InstrumentFiles files;

	private final FileStore store;

	private final SampleApi samples;

	private final CyclingApi cycling;

	private final AnalysisResults results;

	private final AnalysisProperties properties;

	private final CircuitFitter fitter = new CircuitFitter();

	CellDataAnalyser(InstrumentFiles files, FileStore store, SampleApi samples, CyclingApi cycling,
			AnalysisResults results, AnalysisProperties properties) {
		this.files = files;
		this.store = store;
		this.samples = samples;
		this.cycling = cycling;
		this.results = results;
		this.properties = properties;
	}

	Outcome analyse(long instrumentFileId, String cellCode) {
		InstrumentFileView file = this.files.find(instrumentFileId);
		if (file.supersededBy() != null) {
			return Outcome.skipped("data set superseded by file " + file.supersededBy());
		}
		if (file.state() != InstrumentFileState.LINKED || !cellCode.equals(file.cellCode())) {
			return Outcome.skipped("the file is no longer linked to " + cellCode);
		}
		if (file.format() == null || file.depositionLog()) {
			return Outcome.skipped("not cycler or impedance data");
		}
		SampleView cell = this.samples.find(cellCode)
			.orElseThrow(() -> new NotFoundException("No cell " + cellCode));
		CellContext context = CellContext.of(cell, this.cycling);
		CycleAnalysis cycles = new CycleAnalysis();
		PlotRecorder plots = new PlotRecorder(SERIES_BUCKETS);
		ImpedanceCollector impedance = new ImpedanceCollector();
		MetadataCapture metadata = new MetadataCapture();
		SymmetricCellAnalysis symmetric = context.isSymmetric() ? new SymmetricCellAnalysis(
				SymmetricCellAnalysisParameters.defaults().withCutOffVolts((context.cutoffVoltageVolts() != null)
						? context.cutoffVoltageVolts() : CellContext.DEFAULT_CUTOFF_VOLTS)) : null;
		List<ParseSink> sinks = new ArrayList<>(List.of(cycles, plots, impedance, metadata));
		if (symmetric != null) {
			sinks.add(symmetric);
		}
		try (InputStream in = this.store.open(new FileId(file.fileId()))) {
			InstrumentParsers.parse(in, file.originalName(), ZoneOffset.UTC,
					new CompositeSink(sinks.toArray(ParseSink[]::new)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file.originalName(), ex);
		}
		CycleTable table = cycles.result();
		if (table.rows() > 0) {
			return Outcome.done(saveCycling(file, context, table, plots, symmetric, metadata));
		}
		if (!impedance.points().isEmpty()) {
			return Outcome.done(saveImpedance(file, cellCode, impedance, metadata));
		}
		return Outcome.skipped("no time-series rows and no impedance points in the file");
	}

	private long saveCycling(InstrumentFileView file, CellContext context, CycleTable table, PlotRecorder plots,
			@Nullable SymmetricCellAnalysis symmetric, MetadataCapture metadata) {
		Map<String, Integer> algorithms = new LinkedHashMap<>();
		algorithms.put(CycleAnalysis.ALGORITHM, CycleAnalysis.VERSION);
		Map<String, Object> parameters = new LinkedHashMap<>();
		putIfPresent(parameters, "configuration", context.configuration());
		putIfPresent(parameters, "electrodeAreaCm2", context.electrodeAreaCm2());
		putIfPresent(parameters, "cathodeActiveMassGrams", context.cathodeActiveMassGrams());
		putIfPresent(parameters, "startTime", (metadata.startTime() != null) ? metadata.startTime().toString() : null);
		Map<String, MetricValue> metrics = new LinkedHashMap<>();
		metrics.put(MetricCatalog.COMPLETE_CYCLES,
				metric(table.complete().size(), "cycles", false, CycleAnalysis.ALGORITHM, CycleAnalysis.VERSION));
		Double reference = null;
		SymmetricCellMetrics symmetricMetrics = null;
		if (symmetric != null) {
			symmetricMetrics = symmetric.result();
			algorithms.put(SymmetricCellAnalysis.ALGORITHM, SymmetricCellAnalysis.VERSION);
			parameters.put("cutOffVolts", symmetricMetrics.parameters().cutOffVolts());
			SymmetricMetrics.put(metrics, symmetricMetrics);
		}
		else {
			FullCellParameters defaults = FullCellParameters.defaults(context.cathodeActiveMassGrams(),
					context.electrodeAreaCm2());
			FullCellParameters fullCell = new FullCellParameters(this.properties.sohReferenceCycles(),
					defaults.sohThresholdsPercent(), defaults.retentionAtCycles(), defaults.cathodeActiveMassGrams(),
					defaults.electrodeAreaCm2());
			FullCellMetrics full = FullCellMetrics.of(table, fullCell);
			if (full != null) {
				algorithms.put(FullCellMetrics.ALGORITHM, FullCellMetrics.VERSION);
				parameters.put("referenceCycles", fullCell.referenceCycles());
				parameters.put("sohThresholdsPercent", fullCell.sohThresholdsPercent());
				reference = full.referenceDischargeCapacityMilliampHours();
				putFullCell(metrics, full, fullCell);
			}
		}
		Double referenceMah = reference;
		List<CycleRow> rows = table.cycles()
			.stream()
			.map(cycle -> CycleRow.of(cycle, context.cathodeActiveMassGrams(), context.electrodeAreaCm2(),
					referenceMah))
			.toList();
		return this.results.save(new NewResult(context.code(), file.id(), file.sha256(), file.originalName(),
				file.datasetVersion(), ResultKind.CYCLING, algorithms, parameters, metrics, rows,
				new VoltageSeries(plots.voltageSeries()[0], plots.voltageSeries()[1]), plots.profiles(),
				(symmetricMetrics != null) ? symmetricMetrics.halfCycles() : List.of(), List.of()),
				supersededFiles(context.code()));
	}

	private long saveImpedance(InstrumentFileView file, String cellCode, ImpedanceCollector impedance,
			MetadataCapture metadata) {
		String notation = this.properties.eisCircuit();
		EquivalentCircuit circuit = EquivalentCircuit.parse(notation);
		List<SpectrumFit> fits = new ArrayList<>();
		int failed = 0;
		for (Map.Entry<Integer, ImpedanceSpectrum> entry : ImpedanceSpectrum.bySpectrum(impedance.points())
			.entrySet()) {
			ImpedanceSpectrum spectrum = entry.getValue().capacitiveOnly();
			if (spectrum.size() <= circuit.parameterCount()) {
				failed++;
				continue;
			}
			try {
				CircuitFit fit = this.fitter.fit(circuit, spectrum);
				fits.add(SpectrumFit.of(entry.getKey(), metadata.spectrumStart(entry.getKey()), spectrum, fit,
						kramersKronigResidualPercent(spectrum)));
			}
			catch (RuntimeException ex) {
				log.warn("Spectrum {} of {} could not be fitted: {}", entry.getKey(), file.originalName(),
						ex.getMessage());
				failed++;
			}
		}
		Map<String, MetricValue> metrics = new LinkedHashMap<>();
		String algorithm = EisAlgorithm.NAME;
		metrics.put(MetricCatalog.SPECTRA_FITTED, metric(fits.size(), "spectra", false, algorithm, EisAlgorithm.VERSION));
		if (!fits.isEmpty() && fits.get(fits.size() - 1).interphaseResistanceOhms() != null) {
			metrics.put(MetricCatalog.INTERPHASE_RESISTANCE, metric(fits.get(fits.size() - 1).interphaseResistanceOhms(),
					"Ω", false, algorithm, EisAlgorithm.VERSION));
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("circuit", notation);
		parameters.put("points", "capacitive points only (Im Z ≤ 0)");
		parameters.put("spectraNotFitted", failed);
		return this.results.save(new NewResult(cellCode, file.id(), file.sha256(), file.originalName(),
				file.datasetVersion(), ResultKind.IMPEDANCE, Map.of(algorithm, EisAlgorithm.VERSION), parameters,
				metrics, List.of(), null, List.of(), List.of(), fits), supersededFiles(cellCode));
	}

	private static @Nullable Double kramersKronigResidualPercent(ImpedanceSpectrum spectrum) {
		try {
			return 100 * LinKk.test(spectrum).maxAbsResidual();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private List<Long> supersededFiles(String cellCode) {
		return this.files.ofCell(cellCode)
			.stream()
			.filter(other -> other.supersededBy() != null && other.id() != null)
			.map(InstrumentFileView::id)
			.toList();
	}

	private static void putFullCell(Map<String, MetricValue> metrics, FullCellMetrics full,
			FullCellParameters parameters) {
		String algorithm = FullCellMetrics.ALGORITHM;
		int version = FullCellMetrics.VERSION;
		metrics.put(MetricCatalog.INITIAL_DISCHARGE_CAPACITY,
				metric(full.initialDischargeCapacityMilliampHours(), "mAh", false, algorithm, version));
		if (full.initialSpecificDischargeCapacityMilliampHoursPerGram() != null) {
			metrics.put(MetricCatalog.INITIAL_SPECIFIC_DISCHARGE_CAPACITY, metric(
					full.initialSpecificDischargeCapacityMilliampHoursPerGram(), "mAh/g", false, algorithm, version));
		}
		if (full.initialArealDischargeCapacityMilliampHoursPerCm2() != null) {
			metrics.put(MetricCatalog.INITIAL_AREAL_DISCHARGE_CAPACITY, metric(
					full.initialArealDischargeCapacityMilliampHoursPerCm2(), "mAh/cm²", false, algorithm, version));
		}
		metrics.put(MetricCatalog.REFERENCE_CAPACITY,
				metric(full.referenceDischargeCapacityMilliampHours(), "mAh", false, algorithm, version));
		if (!full.stateOfHealth().isEmpty()) {
			metrics.put(MetricCatalog.LAST_SOH, metric(full.stateOfHealth().get(full.stateOfHealth().size() - 1).percent(),
					"%", false, algorithm, version));
		}
		for (double threshold : parameters.sohThresholdsPercent()) {
			Integer cycle = full.cycleAt(threshold);
			metrics.put(MetricCatalog.sohCycle((int) threshold), (cycle != null)
					? metric(cycle, "cycle", false, algorithm, version)
					: metric(full.lastCycle(), "cycle", true, algorithm, version));
		}
		full.retentionPercent()
			.forEach((cycle, percent) -> metrics.put(MetricCatalog.retention(cycle),
					metric(percent, "%", false, algorithm, version)));
		metrics.put(MetricCatalog.AVERAGE_CE,
				metric(full.averageCoulombicEfficiencyPercent(), "%", false, algorithm, version));
	}

	static MetricValue metric(double value, String unit, boolean censored, String algorithm, int version) {
		return new MetricValue(Double.isFinite(value) ? value : null, unit, censored, algorithm, version);
	}

	private static void putIfPresent(Map<String, Object> map, String key, @Nullable Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	/**
	 * How a job ended.
	 *
	 * @param resultId the stored result, when done
	 * @param skipped why nothing was computed, when skipped
	 */
	record Outcome(@Nullable Long resultId, @Nullable String skipped) {

		static Outcome done(long resultId) {
			return new Outcome(resultId, null);
		}

		static Outcome skipped(String reason) {
			return new Outcome(null, reason);
		}

	}

}
