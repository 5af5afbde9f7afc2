package org.lilims.process;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProcessStepRepository extends JpaRepository<ProcessStep, Long> {

	/** Steps of a type done in a chamber (the {@code chamber} parameter, any case) in a time window, nearest first. */
	@Query(value = """
			select id from process.step
			 where type = :type and lower(parameters ->> 'chamber') = lower(:chamber)
			   and performed_at between :from and :to
			 order by abs(extract(epoch from performed_at - cast(:near as timestamptz)))
			""", nativeQuery = true)
	List<Long> findIdsInChamber(@Param("type") String type, @Param("chamber") String chamber,
			@Param("from") Instant from, @Param("to") Instant to, @Param("near") Instant near);


}
