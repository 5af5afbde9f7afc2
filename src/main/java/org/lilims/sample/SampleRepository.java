package org.lilims.sample;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SampleRepository extends JpaRepository<Sample, Long>, JpaSpecificationExecutor<Sample> {

	Optional<Sample> findByCode(String code);

	/** Locks the rows, in id order so that concurrent steps cannot deadlock, before their stock is used. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Sample s where s.code in :codes order by s.id")
	List<Sample> lockByCodes(Collection<String> codes);

}
