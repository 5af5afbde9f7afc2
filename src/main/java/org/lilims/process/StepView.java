package org.lilims.process;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A recorded step as the API shows it.
 */
record StepView(long id, String type, String project, Map<String, Object> parameters, List<Map<String, Object>> inputs,
		List<String> produced, @Nullable String operator, Instant performedAt, @Nullable String notes,
		String createdBy, Instant createdAt) {
}
