package org.lilims.analysis;

/**
 * A definition as {@code GET /api/v1/analysis/metrics} serves it: a headline metric of a cell or a column of one of
 * the cell's tables, with the same text as the cell page's help tooltip.
 *
 * @param name the metric's key, or the column's JSON field in its table's API
 * @param label its name for people
 * @param unit its unit ({@code 1} when dimensionless, empty for text)
 * @param definition how it is computed
 * @param scope {@code cell} for a headline metric; {@code cycle}, {@code halfCycle} or {@code spectrum} for a column
 * of the per-cycle, half-cycle or impedance-fit table
 */
record DefinitionView(String name, String label, String unit, String definition, String scope) {

	static final String CELL = "cell";

	static DefinitionView of(MetricDefinition metric) {
		return new DefinitionView(metric.name(), metric.label(), metric.unit(), metric.definition(), CELL);
	}

}
