package org.lilims.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	List<AuditEntry> findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(String entityType, String entityId);

	List<AuditEntry> findTop200ByOrderByOccurredAtDescIdDesc();

}
