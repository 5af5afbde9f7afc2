package org.lilims.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.Quantity;

import org.springframework.stereotype.Component;

/**
 * Number and quantity formatting for templates, as {@code @fmt}: stored values carry up to six decimals, people read
 * three significant ones at most.
 */
@Component("fmt")
public class Formats {

	private static final int DECIMALS = 3;

	public String quantity(@Nullable Quantity quantity) {
		return (quantity != null) ? number(quantity.value()) + " " + quantity.unit().symbol() : "—";
	}

	/** Plain numbers rounded to three decimals; anything else as text. */
	public String number(@Nullable Object value) {
		if (value == null) {
			return "—";
		}
		if (value instanceof Number number) {
			BigDecimal decimal = new BigDecimal(number.toString());
			BigDecimal rounded = (decimal.scale() > DECIMALS && decimal.abs().compareTo(BigDecimal.ONE) >= 0)
					? decimal.setScale(DECIMALS, RoundingMode.HALF_UP) : decimal;
			return rounded.stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

}
