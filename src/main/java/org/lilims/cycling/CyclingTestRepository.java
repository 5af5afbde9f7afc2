package org.lilims.cycling;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CyclingTestRepository extends JpaRepository<CyclingTest, Long>, JpaSpecificationExecutor<CyclingTest> {

	List<CyclingTest> findByCellCodeOrderByIdDesc(String cellCode);

	List<CyclingTest> findByCellCodeInOrderByIdDesc(java.util.Collection<String> cellCodes);

	@Query("""
			select t from CyclingTest t
			where t.status = org.lilims.cycling.CyclingTestStatus.RUNNING
			  and lower(t.cycler) = :cyclerLowerCase and t.channel = :channel""")
	Optional<CyclingTest> findRunningOn(String cyclerLowerCase, String channel);

	@Query("""
			select t from CyclingTest t
			where t.status = org.lilims.cycling.CyclingTestStatus.RUNNING and t.cellCode = :cellCode""")
	List<CyclingTest> findRunningOfCell(String cellCode);

	@Query("""
			select t from CyclingTest t
			where t.status = org.lilims.cycling.CyclingTestStatus.RUNNING order by t.startedAt desc, t.id desc""")
	List<CyclingTest> findRunning();

}
