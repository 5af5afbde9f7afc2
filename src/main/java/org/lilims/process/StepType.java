package org.lilims.process;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.sample.Consumption;
import org.lilims.sample.Derivation;
import org.lilims.sample.SampleView;
import org.lilims.shared.InvalidInputException.FieldProblem;
import org.lilims.shared.Quantity;

/**
 * The behaviour of one step type: its definition, the checks across fields that a definition cannot express, and
 * the plan of what it consumes and produces.
 */
interface StepType {

	StepDefinition definition();

	/** Checks that involve several fields or the inputs; add problems, do not throw. */
	default void check(Context context, List<FieldProblem> problems) {
	}

	/** How much of an input is used when the request does not say; {@code null} when the request must say. */
	@Nullable Quantity defaultConsumption(Context context, Input input);

	/** What the step makes. Called only when there are no problems. */
	List<Derivation.Output> outputs(Context context, List<Consumption> consumed);

	/**
	 * An input of a step being recorded.
	 *
	 * @param index position in the request's inputs
	 * @param role its role
	 * @param sample the sample as it is now
	 * @param requested the amount the request says is used
	 */
	record Input(int index, String role, SampleView sample, @Nullable Quantity requested) {
	}

	/**
	 * Everything a step type needs to check and plan a step.
	 *
	 * @param parameters validated, normalised parameters
	 * @param inputs the inputs with their roles
	 * @param name name for the produced samples, if the user gave one
	 * @param location where the produced samples are kept
	 * @param notes notes for the produced samples
	 */
	record Context(Map<String, Object> parameters, List<Input> inputs, @Nullable String name, @Nullable String location,
			@Nullable String notes) {

		List<Input> inRole(String role) {
			return this.inputs.stream().filter(input -> input.role().equals(role)).toList();
		}

		@Nullable BigDecimal number(String parameter) {
			return (this.parameters.get(parameter) instanceof BigDecimal value) ? value : null;
		}

		@Nullable String text(String parameter) {
			Object value = this.parameters.get(parameter);
			return (value != null) ? value.toString() : null;
		}

	}

}
