package org.lilims.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Unit} as its symbol ({@code cm²}, {@code µL}), readable in SQL.
 */
@Converter(autoApply = true)
public class UnitAttributeConverter implements AttributeConverter<Unit, String> {

	@Override
	public String convertToDatabaseColumn(Unit unit) {
		return (unit != null) ? unit.symbol() : null;
	}

	@Override
	public Unit convertToEntityAttribute(String symbol) {
		return (symbol != null) ? Unit.parse(symbol)
			.orElseThrow(() -> new IllegalStateException("Unknown unit in database: " + symbol)) : null;
	}

}
