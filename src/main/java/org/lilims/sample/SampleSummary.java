package org.lilims.sample;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.Quantity;

/**
 * A sample as a row of a list.
 */
record SampleSummary(String code, SampleKind kind, SampleStatus status, String project, @Nullable String name,
		@Nullable String coatingVariant, @Nullable String location, @Nullable Quantity quantity,
		@Nullable Quantity remaining, @Nullable String producedByStepType, String createdBy, Instant createdAt) {

	static SampleSummary of(Sample sample) {
		return new SampleSummary(sample.getCode(), sample.getKind(), sample.getStatus(), sample.getProjectCode(),
				sample.getName(),
				sample.getCoatingVariant(), sample.getLocation(), sample.quantity(), sample.remaining(),
				sample.getProducedByStepType(), sample.getCreatedBy(), sample.getCreatedAt());
	}

}
