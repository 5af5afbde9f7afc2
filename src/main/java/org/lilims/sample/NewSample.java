package org.lilims.sample;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.Quantity;

/**
 * A sample to create.
 *
 * @param kind what it is
 * @param name short descriptive name shown with the code, e.g. {@code Li_LZLN}
 * @param quantity its initial stock, in a unit of the kind's stock dimension
 * @param coatingVariant the protective coating it carries ({@code LN}, {@code LZ}, {@code LZLN}, ...), if any
 * @param location where it is kept
 * @param notes free text
 * @param parameters the parameters of the step (or receipt) that made it, in their definition units
 */
public record NewSample(SampleKind kind, @Nullable String name, @Nullable Quantity quantity,
		@Nullable String coatingVariant, @Nullable String location, @Nullable String notes,
		Map<String, Object> parameters) {

	public NewSample {
		parameters = Map.copyOf(parameters);
	}

}
