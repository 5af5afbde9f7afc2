package org.lilims.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Recording lots and steps from other modules (e.g. loading the demo), with the same validation as the API: a refused
 * request throws {@link org.lilims.shared.InvalidInputException} naming every problem and changes nothing.
 */
public interface ProcessApi {

	/** Registers a received lot; returns its code. */
	String receiveLot(NewLot lot);

	/** Records a step; returns its id and the codes of what it produced. */
	RecordedStep recordStep(NewStep step);

	/**
	 * A received lot, as {@code POST /api/v1/lots} takes it.
	 *
	 * @param kind {@code LI_FOIL_LOT}, {@code CATHODE_SHEET_LOT}, {@code ELECTROLYTE_LOT} or {@code SEPARATOR_LOT}
	 * @param name short name
	 * @param quantity how much, in {@code unit}
	 * @param unit e.g. {@code cm2}, {@code mL}, {@code pcs}
	 * @param parameters lot data by name
	 * @param project project code, null for the default
	 */
	record NewLot(String kind, @Nullable String name, BigDecimal quantity, String unit, Map<String, Object> parameters,
			@Nullable String project) {
	}

	/**
	 * A step, as {@code POST /api/v1/steps} takes it.
	 *
	 * @param type built-in type or template name
	 * @param inputs samples used
	 * @param parameters parameter values by name
	 * @param performedAt when it was done, null for now
	 * @param name name of the produced samples, null for the derived one
	 * @param notes free text
	 * @param project project code, null for the inputs' one
	 */
	record NewStep(String type, List<StepInput> inputs, Map<String, Object> parameters, @Nullable Instant performedAt,
			@Nullable String name, @Nullable String notes, @Nullable String project) {
	}

	/**
	 * A sample a step uses.
	 *
	 * @param code its code
	 * @param consumed how much of it is used, null for the step type's default
	 * @param consumedUnit the unit of {@code consumed}
	 * @param role its role in the step (e.g. {@code workingElectrode}), null when the type needs none
	 */
	record StepInput(String code, @Nullable BigDecimal consumed, @Nullable String consumedUnit, @Nullable String role) {

		public static StepInput of(String code) {
			return new StepInput(code, null, null, null);
		}

	}

	/**
	 * A recorded step.
	 *
	 * @param stepId its id
	 * @param produced codes of the samples it produced
	 */
	record RecordedStep(long stepId, List<String> produced) {
	}

}
