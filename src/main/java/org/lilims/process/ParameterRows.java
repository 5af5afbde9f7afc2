package org.lilims.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Parameters as people read them: label and unit from the definition where there is one (also for values a sample
 * inherited from a lot or an earlier step), lists as small tables.
 */
@Component
class ParameterRows {

	/** Unit suffixes of derived parameter names ({@code coatingThicknessNm}), longest first. */
	private static final Map<String, String> SUFFIXES = suffixes();

	private final StepCatalog catalog;

	ParameterRows(StepCatalog catalog) {
		this.catalog = catalog;
	}

	List<Row> of(Map<String, Object> values, List<ParameterDefinition> definitions) {
		List<Row> rows = new ArrayList<>();
		for (ParameterDefinition definition : definitions) {
			if (values.containsKey(definition.name())) {
				rows.add(row(definition, values.get(definition.name())));
			}
		}
		values.forEach((name, value) -> {
			if (definitions.stream().noneMatch(definition -> definition.name().equals(name))) {
				rows.add(known(name).map(definition -> row(definition, value)).orElseGet(() -> guessed(name, value)));
			}
		});
		return rows;
	}

	private Optional<ParameterDefinition> known(String name) {
		return Stream
			.concat(this.catalog.definitions().stream().flatMap(definition -> definition.parameters().stream()),
					LotTypes.PARAMETERS.values().stream().flatMap(List::stream))
			.filter(definition -> definition.name().equals(name) && definition.type() != ParameterType.LIST)
			.findFirst();
	}

	private static Row row(ParameterDefinition definition, @Nullable Object value) {
		if (definition.type() == ParameterType.LIST && value instanceof List<?> entries) {
			List<String> columns = definition.items()
				.stream()
				.map(item -> item.label() + ((item.unit() != null) ? " (" + item.unit() + ")" : ""))
				.toList();
			List<List<@Nullable Object>> table = new ArrayList<>();
			for (Object entry : entries) {
				Map<?, ?> map = (entry instanceof Map<?, ?> m) ? m : Map.of();
				List<@Nullable Object> cells = new ArrayList<>();
				definition.items().forEach(item -> cells.add(map.get(item.name())));
				table.add(cells);
			}
			return new Row(definition.name(), definition.label(), null, null, columns, table);
		}
		return new Row(definition.name(), definition.label(), value, definition.unit(), List.of(), List.of());
	}

	private static Row guessed(String name, @Nullable Object value) {
		for (Map.Entry<String, String> suffix : SUFFIXES.entrySet()) {
			if (name.endsWith(suffix.getKey()) && name.length() > suffix.getKey().length()) {
				return new Row(name, words(name.substring(0, name.length() - suffix.getKey().length())), value,
						suffix.getValue(), List.of(), List.of());
			}
		}
		return new Row(name, words(name), value, null, List.of(), List.of());
	}

	/** {@code electrodeArea} → {@code Electrode area}. */
	private static String words(String camelCase) {
		String spaced = camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	private static Map<String, String> suffixes() {
		Map<String, String> suffixes = new LinkedHashMap<>();
		suffixes.put("MahPerCm2", "mAh/cm²");
		suffixes.put("MgPerCm2", "mg/cm²");
		suffixes.put("Cm2", "cm²");
		suffixes.put("Mah", "mAh");
		suffixes.put("Um", "µm");
		suffixes.put("Nm", "nm");
		suffixes.put("Mm", "mm");
		suffixes.put("Ul", "µL");
		suffixes.put("Ppm", "ppm");
		suffixes.put("Percent", "%");
		return suffixes;
	}

	/**
	 * One parameter to show.
	 *
	 * @param name its key
	 * @param label what people call it
	 * @param value its value (not for lists)
	 * @param unit the unit of a number
	 * @param columns column headings of a list
	 * @param table the cells of a list, row by row
	 */
	record Row(String name, String label, @Nullable Object value, @Nullable String unit, List<String> columns,
			List<List<@Nullable Object>> table) {

		public boolean isList() {
			return !this.columns.isEmpty();
		}

	}

}
