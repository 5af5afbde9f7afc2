package org.lilims.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What clients send to record steps and lots. Fields are nullable so that missing ones are reported by name.
 */
final class StepRequests {

	private StepRequests() {
	}

	/**
	 * An amount with its unit, e.g. {@code {"value": 12.5, "unit": "cm2"}}.
	 */
	record QuantityInput(@Nullable BigDecimal value, @Nullable String unit) {
	}

	/**
	 * An input of a step.
	 *
	 * @param code the sample's code
	 * @param consumed how much of it is used (optional where the step type has a default)
	 * @param role its role, when the kind alone does not tell
	 */
	record InputRequest(@Nullable String code, @Nullable QuantityInput consumed, @Nullable String role) {
	}

	/**
	 * A step to record.
	 *
	 * @param type built-in type name or template name
	 * @param inputs samples used
	 * @param parameters parameter values by name
	 * @param operator who did the step in the lab (default: the signed-in user)
	 * @param performedAt when it was done (default: now)
	 * @param notes free text, also given to the produced samples
	 * @param name name for the produced samples (default: derived, e.g. {@code Li_LZLN})
	 * @param location where the produced samples are kept
	 * @param project project of the step and its products (default: the inputs' project, else the user's)
	 */
	record StepRequest(@Nullable String type, @Nullable List<InputRequest> inputs,
			@Nullable Map<String, Object> parameters, @Nullable String operator, @Nullable Instant performedAt,
			@Nullable String notes, @Nullable String name, @Nullable String location, @Nullable String project) {

		StepRequest(@Nullable String type, @Nullable List<InputRequest> inputs,
				@Nullable Map<String, Object> parameters, @Nullable String operator, @Nullable Instant performedAt,
				@Nullable String notes, @Nullable String name, @Nullable String location) {
			this(type, inputs, parameters, operator, performedAt, notes, name, location, null);
		}

	}

	/**
	 * A received lot.
	 *
	 * @param kind {@code LI_FOIL_LOT}, {@code CATHODE_SHEET_LOT}, {@code ELECTROLYTE_LOT} or {@code SEPARATOR_LOT}
	 * @param name short name, e.g. {@code Li 500 µm}
	 * @param quantity how much was received (area, volume or pieces)
	 * @param parameters lot data by name (supplier, lot number, thickness, ...)
	 * @param location where it is stored
	 * @param notes free text
	 * @param project project the lot belongs to (default: the user's)
	 */
	record LotRequest(@Nullable String kind, @Nullable String name, @Nullable QuantityInput quantity,
			@Nullable Map<String, Object> parameters, @Nullable String location, @Nullable String notes,
			@Nullable String project) {

		LotRequest(@Nullable String kind, @Nullable String name, @Nullable QuantityInput quantity,
				@Nullable Map<String, Object> parameters, @Nullable String location, @Nullable String notes) {
			this(kind, name, quantity, parameters, location, notes, null);
		}

	}

}
