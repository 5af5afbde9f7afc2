package org.lilims.process;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StepTemplateRepository extends JpaRepository<StepTemplate, Long> {

	Optional<StepTemplate> findByName(String name);

	List<StepTemplate> findByActiveTrueOrderByName();

	List<StepTemplate> findAllByOrderByName();

}
