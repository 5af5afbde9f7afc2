package org.lilims.process;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.lilims.sample.SampleView;

/**
 * Reads the parameters that a sample inherited from the step or receipt that made it.
 */
final class SampleParameters {

	private SampleParameters() {
	}

	static @Nullable BigDecimal number(SampleView sample, String name) {
		Object value = sample.parameters().get(name);
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		try {
			return (value != null) ? new BigDecimal(value.toString()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static @Nullable String text(SampleView sample, String name) {
		Object value = sample.parameters().get(name);
		return (value != null) ? value.toString() : null;
	}

	/** {@code Li_LZLN}, {@code Li_rp}: the sample's name, or its code when it has none. */
	static String nameOf(SampleView sample) {
		return (sample.name() != null) ? sample.name() : sample.code();
	}

}
