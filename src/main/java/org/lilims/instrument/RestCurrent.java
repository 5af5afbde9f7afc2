package org.lilims.instrument;

/**
 * The direction of a row from a signed current (charge positive), for files without a state column.
 */
final class RestCurrent {

	/** Largest current read as rest: below the resolution of any cycler channel the project uses. */
	static final double AMPERES = 1e-6;

	private RestCurrent() {
	}

	static StepKind kindOf(double amperes) {
		if (Double.isNaN(amperes)) {
			return StepKind.OTHER;
		}
		if (amperes > AMPERES) {
			return StepKind.CHARGE;
		}
		return (amperes < -AMPERES) ? StepKind.DISCHARGE : StepKind.REST;
	}

}
