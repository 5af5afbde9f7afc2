package org.lilims.analysis;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A column of one of a cell's tables: its definition and how a row gives its value.
 *
 * @param <T> the row
 * @param definition what the column holds
 * @param value the row's value (a number, text, or null when not computable)
 */
record TableColumn<T>(DefinitionView definition, Function<T, @Nullable Object> value) {

	static <T> TableColumn<T> of(String scope, String name, String label, String unit, String definition,
			Function<T, @Nullable Object> value) {
		return new TableColumn<>(new DefinitionView(name, label, unit, definition, scope), value);
	}

}
