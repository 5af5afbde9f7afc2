package org.lilims.study;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.AuditableEvent;
import org.lilims.shared.RecordCreated;

/**
 * What the study module tells the audit trail.
 */
final class StudyEvents {

	private StudyEvents() {
	}

	/**
	 * A change of a study, recorded in the audit trail under the study's id.
	 */
	interface StudyEvent extends AuditableEvent {

		long studyId();

		@Override
		default String entityType() {
			return "study";
		}

		@Override
		default String entityId() {
			return Long.toString(studyId());
		}

	}

	/**
	 * A study was created.
	 *
	 * @param studyId its id
	 * @param after what was recorded
	 */
	record StudyCreated(long studyId, Map<String, Object> after) implements StudyEvent, RecordCreated {

	}

	/**
	 * A cell was left out of a study's statistics.
	 *
	 * @param studyId the study
	 * @param cellCode the cell
	 * @param reason why
	 */
	record StudyCellExcluded(long studyId, String cellCode, String reason) implements StudyEvent {

		@Override
		public String action() {
			return "CELL_EXCLUDED";
		}

		@Override
		public @Nullable Map<String, Object> before() {
			return null;
		}

		@Override
		public Map<String, Object> after() {
			return Map.of("cellCode", this.cellCode, "reason", this.reason);
		}

	}

}
