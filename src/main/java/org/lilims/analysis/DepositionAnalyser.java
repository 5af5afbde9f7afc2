package org.lilims.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.lilims.analysis.deposition.DepositionAnalysis;
import org.lilims.analysis.deposition.LayerMetrics;
import org.lilims.analysis.deposition.TargetLayer;
import org.lilims.instrument.InstrumentFileState;
import org.lilims.instrument.InstrumentFileView;
import org.lilims.instrument.InstrumentFiles;
import org.lilims.instrument.InstrumentParsers;
import org.lilims.process.CoatingRunApi;
import org.lilims.storage.FileId;
import org.lilims.storage.FileStore;

import org.springframework.stereotype.Component;

/**
 * Analyses a coating run's deposition log: reads the stored log again, computes the layer metrics and compares them
 * with the run's recorded layers.
 */
@Component
class DepositionAnalyser {

	private final InstrumentFiles files;

	private final FileStore store;

	private final CoatingRunApi coatingRuns;

	private final AnalysisResults results;

	DepositionAnalyser(InstrumentFiles files, FileStore store, CoatingRunApi coatingRuns, AnalysisResults results) {
		this.files = files;
		this.store = store;
		this.coatingRuns = coatingRuns;
		this.results = results;
	}

	CellDataAnalyser.Outcome analyse(long instrumentFileId, long stepId) {
		InstrumentFileView file = this.files.find(instrumentFileId);
		if (file.supersededBy() != null) {
			return CellDataAnalyser.Outcome.skipped("log superseded by file " + file.supersededBy());
		}
		if (file.state() != InstrumentFileState.LINKED || file.stepId() == null || file.stepId() != stepId) {
			return CellDataAnalyser.Outcome.skipped("the log is no longer linked to coating run " + stepId);
		}
		List<TargetLayer> targets = this.coatingRuns.evaporatedLayers(stepId)
			.orElse(List.of())
			.stream()
			.map(layer -> new TargetLayer(layer.material(), layer.targetThicknessNm(), layer.rateNmPerS()))
			.toList();
		DepositionAnalysis analysis = new DepositionAnalysis();
		try (InputStream in = this.store.open(new FileId(file.fileId()))) {
			InstrumentParsers.parse(in, file.originalName(), ZoneOffset.UTC, analysis);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file.originalName(), ex);
		}
		List<LayerMetrics> layers = analysis.result(targets);
		if (layers.isEmpty()) {
			return CellDataAnalyser.Outcome.skipped("no deposition readings in the log");
		}
		return CellDataAnalyser.Outcome.done(this.results.saveDeposition(stepId, instrumentFileId, file.sha256(),
				file.originalName(), file.datasetVersion(), Map.of(DepositionAnalysis.ALGORITHM, DepositionAnalysis.VERSION),
				Map.of("targets", targets), layers));
	}

}
