package org.lilims.study;

import org.lilims.shared.RecordAccess;

import org.springframework.stereotype.Component;

/**
 * Studies (and their audit trail) are readable by those who may read their project.
 */
@Component
class StudyRecordAccess implements RecordAccess {

	private final StudyService studies;

	StudyRecordAccess(StudyService studies) {
		this.studies = studies;
	}

	@Override
	public boolean handles(String entityType) {
		return "study".equals(entityType);
	}

	@Override
	public boolean canRead(String entityType, String entityId) {
		return this.studies.isVisible(entityId);
	}

}
