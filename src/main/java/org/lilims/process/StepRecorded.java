package org.lilims.process;

import java.util.Map;

import org.lilims.shared.RecordCreated;

/**
 * A process step was recorded.
 *
 * @param stepId its id
 * @param after what was recorded
 */
public record StepRecorded(long stepId, Map<String, Object> after) implements RecordCreated {

	@Override
	public String entityType() {
		return "step";
	}

	@Override
	public String entityId() {
		return Long.toString(this.stepId);
	}

}
