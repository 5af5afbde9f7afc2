package org.lilims.cycling;

import java.util.Map;

import org.lilims.shared.RecordCreated;

/**
 * An EIS measurement plan was recorded.
 *
 * @param planId its id
 * @param after what was recorded
 */
public record EisPlanRecorded(long planId, Map<String, Object> after) implements RecordCreated {

	@Override
	public String entityType() {
		return "eis-plan";
	}

	@Override
	public String entityId() {
		return Long.toString(this.planId);
	}

}
