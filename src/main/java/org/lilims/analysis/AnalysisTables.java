package org.lilims.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lilims.analysis.AnalysisResults.ImpedanceResult;
import org.lilims.analysis.Figures.Estimate;
import org.lilims.analysis.eis.FittedParameter;
import org.lilims.analysis.symmetric.HalfCycleMetrics;

/**
 * Builds the cell page's tables from the results the API serves, with the columns of {@link TableColumns}.
 */
final class AnalysisTables {

	private AnalysisTables() {
	}

	/** The per-cycle table: the selection of {@link RowSelection}, or every cycle. */
	static AnalysisTable cycles(List<CycleRow> rows, boolean all) {
		return table(TableColumns.CYCLES, rows, all ? rows : RowSelection.kept(rows, CycleRow::cycle));
	}

	/** A symmetric cell's half-cycles: those of the selected cycles, or every one. */
	static AnalysisTable halfCycles(List<HalfCycleMetrics> rows, boolean all) {
		return table(TableColumns.HALF_CYCLES, rows, all ? rows : RowSelection.kept(rows, HalfCycleMetrics::cycle));
	}

	/** One table per impedance data set, oldest first: every spectrum with its fitted circuit. */
	static List<ImpedanceTable> impedance(List<ImpedanceResult> results) {
		return results.stream()
			.map(result -> new ImpedanceTable(result.fileName(), result.fileSha256(), result.datasetVersion(),
					result.algorithms(), result.computedAt(), spectra(result.spectra())))
			.toList();
	}

	private static AnalysisTable spectra(List<SpectrumFit> fits) {
		// the circuit's parameters in the order of the first fit that names them
		Map<String, DefinitionView> parameters = new LinkedHashMap<>();
		fits.forEach(fit -> fit.parameters()
			.forEach(parameter -> parameters.putIfAbsent(parameter.name(), TableColumns.parameter(parameter))));
		List<DefinitionView> columns = new ArrayList<>();
		TableColumns.SPECTRA_BEFORE_PARAMETERS.forEach(column -> columns.add(column.definition()));
		columns.addAll(parameters.values());
		TableColumns.SPECTRA_AFTER_PARAMETERS.forEach(column -> columns.add(column.definition()));
		List<AnalysisTable.Row> rows = fits.stream().map(fit -> {
			List<String> cells = new ArrayList<>(cells(TableColumns.SPECTRA_BEFORE_PARAMETERS, fit));
			parameters.keySet().forEach(name -> cells.add(Figures.display(fit.parameters()
				.stream()
				.filter(parameter -> parameter.name().equals(name))
				.findFirst()
				.map(AnalysisTables::estimate)
				.orElse(null))));
			cells.addAll(cells(TableColumns.SPECTRA_AFTER_PARAMETERS, fit));
			return new AnalysisTable.Row(cells.get(0), cells);
		}).toList();
		return new AnalysisTable(columns, rows, rows.size());
	}

	private static Estimate estimate(FittedParameter parameter) {
		return new Estimate(parameter.value(), parameter.standardError());
	}

	private static <T> AnalysisTable table(List<TableColumn<T>> columns, List<T> all, List<T> shown) {
		List<AnalysisTable.Row> rows = shown.stream().map(row -> {
			List<String> cells = cells(columns, row);
			return new AnalysisTable.Row(cells.get(0), cells);
		}).toList();
		return new AnalysisTable(columns.stream().map(TableColumn::definition).toList(), rows, all.size());
	}

	private static <T> List<String> cells(List<TableColumn<T>> columns, T row) {
		return columns.stream().map(column -> Figures.display(column.value().apply(row))).toList();
	}

	/**
	 * The spectra of one impedance data set, with where they come from.
	 *
	 * @param fileName the data set's file
	 * @param fileSha256 SHA-256 of its raw bytes
	 * @param datasetVersion which version of the data set
	 * @param algorithms the algorithms and their versions
	 * @param computedAt when
	 * @param table a row per spectrum
	 */
	record ImpedanceTable(String fileName, String fileSha256, int datasetVersion, Map<String, Integer> algorithms,
			Instant computedAt, AnalysisTable table) {
	}

}
