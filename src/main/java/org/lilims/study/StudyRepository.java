package org.lilims.study;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudyRepository extends JpaRepository<Study, Long> {

	List<Study> findByProjectCodeInOrderByIdDesc(Collection<String> projectCodes);

	List<Study> findAllByOrderByIdDesc();

}
