package org.lilims.study;

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

}
