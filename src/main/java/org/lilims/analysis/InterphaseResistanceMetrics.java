package org.lilims.analysis;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lilims.analysis.AnalysisResults.ImpedanceResult;
import org.lilims.analysis.eis.InterphaseResistanceSeries;
import org.lilims.analysis.eis.InterphaseResistanceSeries.PlacedResistance;

/**
 * R_int at cycle 0, after {@link #AFTER_CYCLES} cycles and its change since cycle 0, from every current impedance data
 * set of a cell with its spectra placed at their cycles ({@link InterphaseResistanceSeries}'s rules). Computed when
 * read, not stored: the placement depends on the cell's newest cycling data set, which may be analysed before or after
 * any of its impedance files.
 */
final class InterphaseResistanceMetrics {

	static final String ALGORITHM = "eis-rint-series";

	static final int VERSION = 1;

	static final List<Integer> AFTER_CYCLES = List.of(10, 50);

	private InterphaseResistanceMetrics() {
	}

	/** The names of the metrics {@link #of} computes. */
	static List<String> names() {
		List<String> names = new ArrayList<>();
		names.add(MetricCatalog.INTERPHASE_RESISTANCE_CYCLE_0);
		AFTER_CYCLES.forEach(cycles -> names.add(MetricCatalog.interphaseResistanceAfter(cycles)));
		names.add(MetricCatalog.INTERPHASE_RESISTANCE_CHANGE);
		return names;
	}

	/** The metrics of a cell's impedance data sets, oldest first, their spectra placed at cycles. */
	static Map<String, MetricValue> of(List<ImpedanceResult> placed) {
		List<SpectrumFit> spectra = placed.stream()
			.flatMap(result -> result.spectra().stream())
			.filter(fit -> fit.interphaseResistanceOhms() != null)
			.toList();
		// data sets in the order received unless every spectrum says when it was measured
		if (spectra.stream().allMatch(fit -> fit.measuredAt() != null)) {
			spectra = spectra.stream()
				.sorted(Comparator.comparing(fit -> Objects.requireNonNull(fit.measuredAt()),
						Comparator.<LocalDateTime>naturalOrder()))
				.toList();
		}
		InterphaseResistanceSeries.Summary series = InterphaseResistanceSeries.of(spectra.stream()
			.map(fit -> new PlacedResistance(fit.cycle(), Objects.requireNonNull(fit.interphaseResistanceOhms())))
			.toList(), AFTER_CYCLES);
		Map<String, MetricValue> metrics = new LinkedHashMap<>();
		if (series.atCycle0Ohms() != null) {
			metrics.put(MetricCatalog.INTERPHASE_RESISTANCE_CYCLE_0, value(series.atCycle0Ohms(), "Ω"));
		}
		for (int cycles : AFTER_CYCLES) {
			Double ohms = series.afterCyclesOhms().get(cycles);
			if (ohms != null) {
				metrics.put(MetricCatalog.interphaseResistanceAfter(cycles), value(ohms, "Ω"));
			}
		}
		if (series.changePercent() != null) {
			metrics.put(MetricCatalog.INTERPHASE_RESISTANCE_CHANGE, value(series.changePercent(), "%"));
		}
		return metrics;
	}

	private static MetricValue value(double value, String unit) {
		return CellDataAnalyser.metric(value, unit, false, ALGORITHM, VERSION);
	}

}
