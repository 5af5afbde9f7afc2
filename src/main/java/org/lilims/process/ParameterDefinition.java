package org.lilims.process;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One parameter of a step type, lot type or template: what it is called, its type and unit, and its limits. The same
 * definitions validate API requests and browser forms, and are published by {@code GET /api/v1/step-types}.
 *
 * @param name key in the {@code parameters} object, with the unit in the name where it has one
 * ({@code finalThicknessUm})
 * @param label text shown next to the form field
 * @param type its type
 * @param unit unit symbol of a number ({@code µm}); values in convertible units are converted to it
 * @param required whether a value must be given
 * @param min smallest allowed number (inclusive), or fewest rows of a list
 * @param max largest allowed number (inclusive), or most rows of a list
 * @param integer whether a number must be whole
 * @param choices allowed values of a choice
 * @param items the parameters of each row of a list
 * @param description help text
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ParameterDefinition(String name, String label, ParameterType type, @Nullable String unit,
		boolean required, @Nullable BigDecimal min, @Nullable BigDecimal max, boolean integer, List<String> choices,
		List<ParameterDefinition> items, @Nullable String description) {

	public ParameterDefinition {
		choices = (choices != null) ? List.copyOf(choices) : List.of();
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	static ParameterDefinition number(String name, String label, String unit) {
		return new ParameterDefinition(name, label, ParameterType.NUMBER, unit, false, null, null, false, List.of(),
				List.of(), null);
	}

	static ParameterDefinition text(String name, String label) {
		return new ParameterDefinition(name, label, ParameterType.TEXT, null, false, null, null, false, List.of(),
				List.of(), null);
	}

	static ParameterDefinition choice(String name, String label, String... choices) {
		return new ParameterDefinition(name, label, ParameterType.CHOICE, null, false, null, null, false,
				List.of(choices), List.of(), null);
	}

	static ParameterDefinition date(String name, String label) {
		return new ParameterDefinition(name, label, ParameterType.DATE, null, false, null, null, false, List.of(),
				List.of(), null);
	}

	static ParameterDefinition bool(String name, String label) {
		return new ParameterDefinition(name, label, ParameterType.BOOLEAN, null, false, null, null, false, List.of(),
				List.of(), null);
	}

	static ParameterDefinition list(String name, String label, ParameterDefinition... items) {
		return new ParameterDefinition(name, label, ParameterType.LIST, null, false, null, null, false, List.of(),
				List.of(items), null);
	}

	ParameterDefinition mandatory() {
		return new ParameterDefinition(this.name, this.label, this.type, this.unit, true, this.min, this.max,
				this.integer, this.choices, this.items, this.description);
	}

	ParameterDefinition between(@Nullable String min, @Nullable String max) {
		return new ParameterDefinition(this.name, this.label, this.type, this.unit, this.required,
				(min != null) ? new BigDecimal(min) : null, (max != null) ? new BigDecimal(max) : null, this.integer,
				this.choices, this.items, this.description);
	}

	ParameterDefinition whole() {
		return new ParameterDefinition(this.name, this.label, this.type, this.unit, this.required, this.min, this.max,
				true, this.choices, this.items, this.description);
	}

	ParameterDefinition describedAs(String description) {
		return new ParameterDefinition(this.name, this.label, this.type, this.unit, this.required, this.min, this.max,
				this.integer, this.choices, this.items, description);
	}

}
