package org.lilims.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.InvalidInputException.FieldProblem;
import org.lilims.shared.Unit;

/**
 * Checks raw parameter values against their definitions and normalises them: numbers to the definition's unit,
 * dates to ISO strings, booleans and choices to canonical values. Accepts what JSON clients send (numbers,
 * {@code {"value": 0.13, "unit": "mm"}}) and what forms send (strings). Unknown parameters are refused, so a typo
 * cannot silently drop a value.
 */
final class ParameterValidator {

	private static final Set<String> TRUE = Set.of("true", "yes", "on", "1");

	private static final Set<String> FALSE = Set.of("false", "no", "off", "0");

	private ParameterValidator() {
	}

	static Map<String, Object> validate(List<ParameterDefinition> definitions, @Nullable Map<String, Object> raw,
			String prefix, List<FieldProblem> problems) {
		Map<String, Object> values = (raw != null) ? raw : Map.of();
		Map<String, Object> normalised = new LinkedHashMap<>();
		for (String key : values.keySet()) {
			if (definitions.stream().noneMatch(definition -> definition.name().equals(key))) {
				problems.add(new FieldProblem(prefix + key, "is not a parameter of this step; known: "
						+ String.join(", ", definitions.stream().map(ParameterDefinition::name).toList())));
			}
		}
		for (ParameterDefinition definition : definitions) {
			Object value = values.get(definition.name());
			String field = prefix + definition.name();
			if (isBlank(value)) {
				if (definition.required()) {
					problems.add(new FieldProblem(field, "is required"));
				}
				continue;
			}
			normalise(definition, value, field, problems).ifPresent(v -> normalised.put(definition.name(), v));
		}
		return normalised;
	}

	private static Optional<Object> normalise(ParameterDefinition definition, Object value, String field,
			List<FieldProblem> problems) {
		return switch (definition.type()) {
			case NUMBER -> number(definition, value, field, problems).map(Object.class::cast);
			case TEXT -> text(value, field, problems);
			case CHOICE -> choice(definition, value, field, problems);
			case DATE -> date(value, field, problems);
			case BOOLEAN -> bool(value, field, problems);
			case LIST -> list(definition, value, field, problems);
		};
	}

	private static Optional<BigDecimal> number(ParameterDefinition definition, Object value, String field,
			List<FieldProblem> problems) {
		BigDecimal number;
		Unit given = null;
		Object amount = value;
		if (value instanceof Map<?, ?> map) {
			amount = map.get("value");
			Object unit = map.get("unit");
			if (unit != null) {
				Optional<Unit> parsed = Unit.parse(unit.toString());
				if (parsed.isEmpty()) {
					problems.add(new FieldProblem(field, "unknown unit '" + unit + "'"));
					return Optional.empty();
				}
				given = parsed.get();
			}
		}
		try {
			number = (amount instanceof Number n) ? new BigDecimal(n.toString())
					: new BigDecimal(String.valueOf(amount).trim().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, "must be a number, not '" + amount + "'"));
			return Optional.empty();
		}
		if (definition.unit() != null && given != null) {
			Unit expected = Unit.parse(definition.unit()).orElseThrow();
			if (!given.convertibleTo(expected)) {
				problems.add(new FieldProblem(field, "unit " + given.symbol() + " does not fit; give "
						+ expected.symbol() + " or a unit convertible to it"));
				return Optional.empty();
			}
			number = given.convert(number, expected);
		}
		else if (definition.unit() == null && given != null) {
			problems.add(new FieldProblem(field, "takes no unit"));
			return Optional.empty();
		}
		String unitText = (definition.unit() != null) ? " " + definition.unit() : "";
		if (definition.min() != null && number.compareTo(definition.min()) < 0) {
			problems.add(new FieldProblem(field, "must be at least " + definition.min().toPlainString() + unitText
					+ ", not " + number.stripTrailingZeros().toPlainString()));
			return Optional.empty();
		}
		if (definition.max() != null && number.compareTo(definition.max()) > 0) {
			problems.add(new FieldProblem(field, "must be at most " + definition.max().toPlainString() + unitText
					+ ", not " + number.stripTrailingZeros().toPlainString()));
			return Optional.empty();
		}
		if (definition.integer() && number.stripTrailingZeros().scale() > 0) {
			problems.add(new FieldProblem(field, "must be a whole number"));
			return Optional.empty();
		}
		BigDecimal clean = number.stripTrailingZeros();
		return Optional.of((clean.scale() < 0) ? clean.setScale(0) : clean);
	}

	private static Optional<Object> text(Object value, String field, List<FieldProblem> problems) {
		if (value instanceof Map || value instanceof List) {
			problems.add(new FieldProblem(field, "must be text"));
			return Optional.empty();
		}
		String text = value.toString().trim();
		if (text.length() > 2000) {
			problems.add(new FieldProblem(field, "must be at most 2000 characters"));
			return Optional.empty();
		}
		return Optional.of(text);
	}

	private static Optional<Object> choice(ParameterDefinition definition, Object value, String field,
			List<FieldProblem> problems) {
		String text = value.toString().trim();
		Optional<String> match = definition.choices().stream().filter(choice -> choice.equalsIgnoreCase(text)).findFirst();
		if (match.isEmpty()) {
			problems.add(new FieldProblem(field,
					"must be one of " + String.join(", ", definition.choices()) + ", not '" + text + "'"));
		}
		return match.map(Object.class::cast);
	}

	private static Optional<Object> date(Object value, String field, List<FieldProblem> problems) {
		try {
			return Optional.of(LocalDate.parse(value.toString().trim()).toString());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "must be a date like 2026-11-25, not '" + value + "'"));
			return Optional.empty();
		}
	}

	private static Optional<Object> bool(Object value, String field, List<FieldProblem> problems) {
		if (value instanceof Boolean flag) {
			return Optional.of(flag);
		}
		String text = value.toString().trim().toLowerCase(Locale.ROOT);
		if (TRUE.contains(text)) {
			return Optional.of(Boolean.TRUE);
		}
		if (FALSE.contains(text)) {
			return Optional.of(Boolean.FALSE);
		}
		problems.add(new FieldProblem(field, "must be true or false"));
		return Optional.empty();
	}

	private static Optional<Object> list(ParameterDefinition definition, Object value, String field,
			List<FieldProblem> problems) {
		if (!(value instanceof List<?> rows)) {
			problems.add(new FieldProblem(field, "must be a list of objects"));
			return Optional.empty();
		}
		if (definition.min() != null && rows.size() < definition.min().intValue()) {
			problems.add(new FieldProblem(field, "needs at least " + definition.min().intValue() + " entries"));
		}
		if (definition.max() != null && rows.size() > definition.max().intValue()) {
			problems.add(new FieldProblem(field, "takes at most " + definition.max().intValue() + " entries"));
		}
		List<Map<String, Object>> normalised = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (!(rows.get(i) instanceof Map<?, ?> row)) {
				problems.add(new FieldProblem(field + "[" + i + "]", "must be an object"));
				continue;
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> typed = (Map<String, Object>) row;
			normalised.add(validate(definition.items(), typed, field + "[" + i + "].", problems));
		}
		return Optional.of(normalised);
	}

	private static boolean isBlank(@Nullable Object value) {
		return value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof List<?> list && list.isEmpty());
	}

}
