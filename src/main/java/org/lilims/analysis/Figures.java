package org.lilims.analysis;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Values as the cell page shows them: four significant digits (whole numbers from 10 000 on), "—" for what could not
 * be computed, estimates as "value ± standard error".
 */
final class Figures {

	static final String MISSING = "—";

	private Figures() {
	}

	static String display(@Nullable Object value) {
		if (value == null) {
			return MISSING;
		}
		if (value instanceof Estimate estimate) {
			return Double.isFinite(estimate.standardError())
					? number(estimate.value()) + " ± " + number(estimate.standardError()) : number(estimate.value());
		}
		if (value instanceof Double number) {
			return number(number);
		}
		if (value instanceof Boolean flag) {
			return flag ? "yes" : "no";
		}
		if (value instanceof Enum<?> constant) {
			return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		}
		return value.toString();
	}

	static String number(double value) {
		if (!Double.isFinite(value)) {
			return MISSING;
		}
		return (Math.abs(value) >= 10_000) ? String.format(Locale.ROOT, "%.0f", value)
				: String.format(Locale.ROOT, "%.4g", value);
	}

	/**
	 * A fitted value with its standard error.
	 *
	 * @param value the best-fit value
	 * @param standardError one standard deviation (NaN when the data do not determine it)
	 */
	record Estimate(double value, double standardError) {

		static @Nullable Estimate of(@Nullable Double value, @Nullable Double standardError) {
			return (value == null) ? null : new Estimate(value, (standardError != null) ? standardError : Double.NaN);
		}

	}

}
