package org.lilims.process;

import java.util.List;
import java.util.Set;

import org.lilims.sample.SampleKind;

/**
 * A step type as forms and API clients see it: its inputs, parameters and what it produces.
 *
 * @param name type name sent as {@code type} ({@code ROLL_PRESSING} or a template name)
 * @param label human name
 * @param description what the step does
 * @param builtIn {@code true} for the built-in types, {@code false} for admin-defined templates
 * @param inputs the inputs it takes
 * @param parameters its parameters
 * @param produces the kinds of sample it makes
 */
public record StepDefinition(String name, String label, String description, boolean builtIn, List<InputSlot> inputs,
		List<ParameterDefinition> parameters, Set<SampleKind> produces) {

	public StepDefinition {
		inputs = List.copyOf(inputs);
		parameters = List.copyOf(parameters);
		produces = Set.copyOf(produces);
	}

}
