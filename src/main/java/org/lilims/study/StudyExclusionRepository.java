package org.lilims.study;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudyExclusionRepository extends JpaRepository<StudyExclusion, Long> {

	List<StudyExclusion> findByStudyIdOrderByIdAsc(long studyId);

	boolean existsByStudyIdAndCellCode(long studyId, String cellCode);

}
