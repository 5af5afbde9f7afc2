package org.lilims.shared;

import java.math.BigDecimal;

/**
 * An amount of something with its unit, e.g. 12.5 cm² of foil, 60 µL of electrolyte, 12 electrodes.
 *
 * @param value the amount, never negative
 * @param unit its unit
 */
public record Quantity(BigDecimal value, Unit unit) {

	public Quantity {
		if (value.signum() < 0) {
			throw new IllegalArgumentException("A quantity cannot be negative: " + value + " " + unit.symbol());
		}
		value = value.stripTrailingZeros();
		if (value.scale() < 0) {
			value = value.setScale(0);
		}
	}

	public static Quantity of(String value, Unit unit) {
		return new Quantity(new BigDecimal(value), unit);
	}

	public Quantity to(Unit target) {
		return new Quantity(this.unit.convert(this.value, target), target);
	}

	public boolean isZero() {
		return this.value.signum() == 0;
	}

	@Override
	public String toString() {
		return this.value.toPlainString() + " " + this.unit.symbol();
	}

}
