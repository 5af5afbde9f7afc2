package org.lilims.process;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lilims.sample.SampleKind;

/**
 * A kind of input a step takes.
 *
 * @param role name of the input's role, sent as {@code inputs[].role} ({@code foil}, {@code workingElectrode})
 * @param label text shown in forms
 * @param kinds sample kinds accepted in this role
 * @param min fewest inputs in this role
 * @param max most inputs in this role
 * @param defaultConsumption what is used when the request does not say ({@code null}: the request must say)
 */
public record InputSlot(String role, String label, Set<SampleKind> kinds, int min, int max,
		@Nullable String defaultConsumption) {

	public InputSlot {
		kinds = Set.copyOf(kinds);
	}

}
