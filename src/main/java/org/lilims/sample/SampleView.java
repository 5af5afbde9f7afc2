package org.lilims.sample;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.Quantity;

/**
 * A sample as other modules and API clients see it.
 *
 * @param code unique human-readable code, e.g. {@code RP-0001}
 * @param kind what it is
 * @param status where it is in its life
 * @param project code of the project it belongs to
 * @param name short descriptive name
 * @param coatingVariant protective coating, if any
 * @param location where it is kept
 * @param notes free text
 * @param quantity initial stock
 * @param remaining what is left
 * @param parameters parameters of the step that made it
 * @param producedByStepId the step that made it ({@code null} for lots)
 * @param producedByStepType that step's type
 * @param parents samples it was made from, with how much of each was used
 * @param children samples made from it
 * @param createdBy user who recorded it
 * @param createdAt when it was recorded
 * @param version optimistic-locking version, to send back with changes
 */
public record SampleView(String code, SampleKind kind, SampleStatus status, String project, @Nullable String name,
		@Nullable String coatingVariant, @Nullable String location, @Nullable String notes, @Nullable Quantity quantity,
		@Nullable Quantity remaining, Map<String, Object> parameters, @Nullable Long producedByStepId,
		@Nullable String producedByStepType, List<Relative> parents, List<Relative> children, String createdBy,
		Instant createdAt, long version) {

	/**
	 * A parent or child of a sample.
	 *
	 * @param code its code
	 * @param kind what it is
	 * @param name its name
	 * @param consumed how much of the parent the child's step used
	 * @param role the parent's role in that step
	 */
	public record Relative(String code, SampleKind kind, @Nullable String name, @Nullable Quantity consumed,
			@Nullable String role) {
	}

}
