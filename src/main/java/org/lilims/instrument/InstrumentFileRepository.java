package org.lilims.instrument;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InstrumentFileRepository extends JpaRepository<InstrumentFile, Long> {

	Optional<InstrumentFile> findBySha256(String sha256);

	Optional<InstrumentFile> findFirstByDatasetKeyOrderByDatasetVersionDesc(String datasetKey);

	List<InstrumentFile> findByStateOrderByReceivedAtDesc(InstrumentFileState state);

	List<InstrumentFile> findTop200ByOrderByReceivedAtDesc();

	List<InstrumentFile> findByCellCodeOrderByReceivedAtDesc(String cellCode);

	List<InstrumentFile> findByStepIdOrderByReceivedAtDesc(long stepId);

	/** Per instrument and state: how many files, and when the last one arrived. */
	@Query("select f.instrumentId as instrumentId, f.state as state, count(f) as files, max(f.receivedAt) as lastReceivedAt"
			+ " from InstrumentFile f group by f.instrumentId, f.state")
	List<InstrumentStateCount> countByInstrumentAndState();

	/** The cells that files were linked to most recently. */
	@Query("select f.cellCode from InstrumentFile f where f.cellCode is not null group by f.cellCode"
			+ " order by max(f.receivedAt) desc limit 50")
	List<String> recentCellCodes();

	interface InstrumentStateCount {

		String getInstrumentId();

		InstrumentFileState getState();

		long getFiles();

		Instant getLastReceivedAt();

	}

}
