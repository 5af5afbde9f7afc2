package org.lilims.study;

import org.lilims.study.StudyRequests.NewExclusion;
import org.lilims.study.StudyRequests.NewStudy;

/**
 * What other modules (the demo loader) may ask of the study module.
 */
public interface StudyApi {

	/**
	 * Create a study in a project the user may write to.
	 * @throws org.lilims.shared.InvalidInputException naming every bad field
	 */
	StudyView create(NewStudy study);

	/**
	 * Exclude a cell of one of the study's arms from its statistics, with the reason (audited).
	 * @throws org.lilims.shared.InvalidInputException if the cell is in no arm, already excluded, or the reason blank
	 */
	StudyView exclude(long studyId, NewExclusion exclusion);

}
