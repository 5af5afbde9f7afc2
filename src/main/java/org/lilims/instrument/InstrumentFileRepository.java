package org.lilims.instrument;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InstrumentFileRepository extends JpaRepository<InstrumentFile, Long> {

	Optional<InstrumentFile> findBySha256(String sha256);

	Optional<InstrumentFile> findFirstByDatasetKeyOrderByDatasetVersionDesc(String datasetKey);

	List<InstrumentFile> findByStateOrderByReceivedAtDesc(InstrumentFileState state);

	List<InstrumentFile> findTop200ByOrderByReceivedAtDesc();

	List<InstrumentFile> findByCellCodeOrderByReceivedAtDesc(String cellCode);

}
