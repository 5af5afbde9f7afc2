package org.lilims.sample;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.Quantity;

/**
 * Part of a sample that a step uses.
 *
 * @param code the sample's code
 * @param amount how much is used; must be in the sample's stock dimension and no more than is left
 * @param role what the sample is in the step, e.g. {@code workingElectrode}
 */
public record Consumption(String code, Quantity amount, @Nullable String role) {
}
