package org.lilims.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.AnalysisApi;
import org.lilims.analysis.MetricDefinition;
import org.lilims.analysis.MetricValue;
import org.lilims.cycling.CyclingApi;
import org.lilims.cycling.CyclingProtocol;
import org.lilims.cycling.CyclingTestView;
import org.lilims.sample.SampleApi;
import org.lilims.sample.SampleKind;
import org.lilims.sample.SampleView;
import org.lilims.study.statistics.Descriptive;
import org.lilims.study.statistics.RelativeChange;

import org.springframework.stereotype.Component;

/**
 * Puts a project's cells into a study's arms by what their genealogy and newest cycling test say, and computes each
 * arm's statistics from the values the analysis API returns for its cells.
 */
@Component
class StudyComparison {

	static final double CONFIDENCE = 0.95;

	/** The analysis' count of fitted impedance spectra: present for cells with impedance data. */
	private static final String SPECTRA_FITTED = "spectraFitted";

	private final SampleApi samples;

	private final CyclingApi cycling;

	private final AnalysisApi analysis;

	StudyComparison(SampleApi samples, CyclingApi cycling, AnalysisApi analysis) {
		this.samples = samples;
		this.cycling = cycling;
		this.analysis = analysis;
	}

	/** Whether the cell is in the project and matches one of the arms. */
	boolean matchesAnyArm(String cellCode, String projectCode, List<ArmDefinition> arms) {
		return this.samples.find(cellCode)
			.filter(sample -> sample.kind() == SampleKind.CELL && sample.project().equals(projectCode))
			.flatMap(cell -> facts(cell, arms))
			.map(cell -> arms.stream().anyMatch(cell::belongsTo))
			.orElse(false);
	}

	List<StudySummary.Arm> compare(String projectCode, List<ArmDefinition> arms, String reference,
			List<MetricDefinition> metrics, Map<String, String> excluded) {
		List<SampleView> candidates = this.samples.cellsOf(projectCode)
			.stream()
			.filter(cell -> genealogyMatches(cell, arms))
			.toList();
		Map<String, CyclingTestView> newestTests = this.cycling
			.newestTestOf(candidates.stream().map(SampleView::code).toList());
		List<CellFacts> cells = candidates.stream()
			.map(cell -> facts(cell, newestTests.get(cell.code())))
			.toList();
		Map<String, Map<String, MetricValue>> valuesByCell = metrics.isEmpty() ? Map.of()
				: this.analysis.metricsOfCells(cells.stream().map(CellFacts::code).toList(),
						metrics.stream().map(MetricDefinition::name).toList());
		Map<String, List<StudySummary.Cell>> cellsByArm = new LinkedHashMap<>();
		for (ArmDefinition arm : arms) {
			List<StudySummary.Cell> members = new ArrayList<>();
			for (CellFacts cell : cells) {
				if (cell.belongsTo(arm)) {
					Map<String, MetricValue> all = valuesByCell.getOrDefault(cell.code(), Map.of());
					Map<String, MetricValue> values = new LinkedHashMap<>();
					metrics.forEach(metric -> {
						MetricValue value = all.get(metric.name());
						if (value != null) {
							values.put(metric.name(), value);
						}
					});
					String reason = excluded.get(cell.code());
					members.add(new StudySummary.Cell(cell.code(), reason == null, reason, cell.coatingOrNone(),
							cell.configuration(), cell.currentDensityMaPerCm2(), values,
							all.containsKey(SPECTRA_FITTED)));
				}
			}
			cellsByArm.put(arm.name(), members);
		}
		List<StudySummary.Arm> result = new ArrayList<>();
		for (ArmDefinition arm : arms) {
			ArmDefinition comparedWith = comparedWith(arm, arms, reference);
			Map<String, StudySummary.MetricSummary> summaries = new LinkedHashMap<>();
			for (MetricDefinition metric : metrics) {
				double[] values = uncensored(cellsByArm.get(arm.name()), metric.name());
				RelativeChange change = (comparedWith != null) ? RelativeChange
					.welch(uncensored(cellsByArm.get(comparedWith.name()), metric.name()), values, CONFIDENCE)
					.orElse(null) : null;
				summaries.put(metric.name(), summary(metric, cellsByArm.get(arm.name()), values,
						(change != null) ? new StudySummary.Change(comparedWith.name(), change.percent(),
								change.lowPercent(), change.highPercent(), change.confidence(), RelativeChange.METHOD)
								: null));
			}
			result.add(new StudySummary.Arm(arm.name(), arm, (comparedWith != null) ? comparedWith.name() : null,
					cellsByArm.get(arm.name()), summaries));
		}
		return result;
	}

	/**
	 * The arm another is compared with: the arm named as reference, or, for arms crossed with current densities,
	 * the reference group's arm at the same current density; none for the reference arms themselves.
	 */
	static @Nullable ArmDefinition comparedWith(ArmDefinition arm, List<ArmDefinition> arms, String reference) {
		if (arm.name().equals(reference) || arm.group().equals(reference)) {
			return null;
		}
		Optional<ArmDefinition> named = arms.stream().filter(a -> a.name().equals(reference)).findFirst();
		if (named.isPresent()) {
			return named.get();
		}
		return arms.stream()
			.filter(a -> a.group().equals(reference))
			.filter(a -> sameDensity(a.currentDensityMaPerCm2(), arm.currentDensityMaPerCm2()))
			.findFirst()
			.orElse(null);
	}

	private static boolean sameDensity(@Nullable BigDecimal a, @Nullable BigDecimal b) {
		return (a == null || b == null) ? a == b : a.compareTo(b) == 0;
	}

	private static double[] uncensored(List<StudySummary.Cell> cells, String metric) {
		return cells.stream()
			.filter(StudySummary.Cell::included)
			.map(cell -> cell.metrics().get(metric))
			.filter(Objects::nonNull)
			.filter(value -> !value.censored() && value.value() != null)
			.mapToDouble(value -> value.value())
			.toArray();
	}

	private static StudySummary.MetricSummary summary(MetricDefinition metric, List<StudySummary.Cell> cells,
			double[] values, StudySummary.@Nullable Change change) {
		List<MetricValue> censored = cells.stream()
			.filter(StudySummary.Cell::included)
			.map(cell -> cell.metrics().get(metric.name()))
			.filter(Objects::nonNull)
			.filter(value -> value.censored() && value.value() != null)
			.toList();
		List<Double> bounds = censored.stream().map(MetricValue::value).map(Objects::requireNonNull).sorted().toList();
		String unit = metric.unit().isEmpty() && !censored.isEmpty() ? censored.get(0).unit() : metric.unit();
		Optional<Descriptive> stats = Descriptive.of(values);
		boolean mayBias = !bounds.isEmpty()
				&& (stats.isEmpty() || bounds.get(bounds.size() - 1) > stats.get().mean());
		return stats
			.map(d -> new StudySummary.MetricSummary(unit, d.n(), d.mean(), d.sd(), d.median(), d.min(), d.max(),
					bounds.size(), bounds, mayBias, change))
			.orElseGet(() -> new StudySummary.MetricSummary(unit, 0, null, null, null, null, null, bounds.size(),
					bounds, mayBias, change));
	}

	/**
	 * What decides the cell's arms; empty when its coating and configuration fit no arm (so its cycling tests need
	 * not be read).
	 */
	private Optional<CellFacts> facts(SampleView cell, List<ArmDefinition> arms) {
		if (!genealogyMatches(cell, arms)) {
			return Optional.empty();
		}
		List<CyclingTestView> tests = this.cycling.testsOf(cell.code());
		return Optional.of(facts(cell, tests.isEmpty() ? null : tests.get(0)));
	}

	private static boolean genealogyMatches(SampleView cell, List<ArmDefinition> arms) {
		String coating = coating(cell);
		String configuration = configuration(cell);
		return arms.stream().anyMatch(arm -> arm.matchesGenealogy(coating, configuration));
	}

	private static CellFacts facts(SampleView cell, @Nullable CyclingTestView newestTest) {
		BigDecimal density = (newestTest != null
				&& newestTest.protocol() instanceof CyclingProtocol.SymmetricPlatingStripping symmetric)
						? symmetric.currentDensityMaPerCm2() : null;
		return new CellFacts(cell.code(), coating(cell), configuration(cell), density);
	}

	private static @Nullable String coating(SampleView cell) {
		String coating = cell.coatingVariant();
		if (coating == null && cell.parameters().get("anodeCoatingVariant") instanceof String parameter) {
			coating = parameter;
		}
		return coating;
	}

	private static @Nullable String configuration(SampleView cell) {
		Object value = cell.parameters().get("configuration");
		return (value != null) ? value.toString() : null;
	}

	/**
	 * What a cell's arms are decided by.
	 */
	record CellFacts(String code, @Nullable String coating, @Nullable String configuration,
			@Nullable BigDecimal currentDensityMaPerCm2) {

		boolean belongsTo(ArmDefinition arm) {
			return arm.matches(this.coating, this.configuration, this.currentDensityMaPerCm2);
		}

		String coatingOrNone() {
			return (this.coating == null || this.coating.isBlank()) ? ArmDefinition.UNCOATED : this.coating;
		}

	}

}
