package org.lilims.analysis.eis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Assertions on fitted parameters.
 */
final class EisAssertions {

	private EisAssertions() {
	}

	/** Each value within {@code percent} % of its expected value. */
	static void assertValuesWithin(CircuitFit fit, double percent, double... expected) {
		assertThat(fit.parameters()).hasSize(expected.length);
		for (int k = 0; k < expected.length; k++) {
			FittedParameter parameter = fit.parameters().get(k);
			assertThat(parameter.value()).as("%s of %s (started at %s)", parameter.name(), fit.circuit(),
					parameter.initialValue())
				.isCloseTo(expected[k], withinPercentage(percent));
		}
	}

	/** Each standard error within {@code percent} % of its expected value. */
	static void assertStandardErrorsWithin(CircuitFit fit, double percent, double... expected) {
		for (int k = 0; k < expected.length; k++) {
			FittedParameter parameter = fit.parameters().get(k);
			assertThat(parameter.standardError()).as("standard error of %s of %s", parameter.name(), fit.circuit())
				.isCloseTo(expected[k], withinPercentage(percent));
		}
	}

}
