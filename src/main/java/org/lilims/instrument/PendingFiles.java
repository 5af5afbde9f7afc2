package org.lilims.instrument;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Parses the received files that nobody is parsing: large files the gateway answered at once, and files whose node
 * died while parsing them. The database row is the queue, so nothing waits in memory; {@code FOR UPDATE SKIP LOCKED}
 * lets several application nodes share it without taking the same file twice.
 */
@Component
class PendingFiles {

	private static final Logger log = LoggerFactory.getLogger(PendingFiles.class);

	private static final int MAX_FILES_PER_SCAN = 100;

	private final JdbcClient jdbc;

	private final InstrumentFiles files;

	private final GatewayProperties properties;

	private final Clock clock;

	PendingFiles(JdbcClient jdbc, InstrumentFiles files, GatewayProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${lilims.gateway.pending-scan-interval:2s}",
			initialDelayString = "${lilims.gateway.pending-scan-interval:2s}")
	void scan() {
		for (int i = 0; i < MAX_FILES_PER_SCAN; i++) {
			Optional<Claim> claim = claimNext();
			if (claim.isEmpty()) {
				return;
			}
			processClaimed(claim.get());
		}
	}

	/** Takes the oldest received file that no live node is parsing, for the length of one lease. */
	Optional<Claim> claimNext() {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				update instrument.instrument_file
				   set processing_lease_until = :leaseEnd, processing_attempts = processing_attempts + 1
				 where id = (select id from instrument.instrument_file
				              where state = 'RECEIVED'
				                and (processing_lease_until is null or processing_lease_until < :now)
				              order by received_at
				              limit 1
				                for update skip locked)
				returning id, processing_attempts
				""")
			.param("leaseEnd", java.sql.Timestamp.from(now.plus(this.properties.processingLease())))
			.param("now", java.sql.Timestamp.from(now))
			.query((rs, row) -> new Claim(rs.getLong("id"), rs.getInt("processing_attempts")))
			.optional();
	}

	private void processClaimed(Claim claim) {
		try {
			if (claim.attempts() > this.properties.maxAttempts()) {
				this.files.giveUp(claim.fileId(), claim.attempts() - 1);
			}
			else {
				this.files.process(claim.fileId());
			}
		}
		catch (RuntimeException ex) {
			// the lease runs out and the file is taken up again, by this node or another
			log.warn("Parsing instrument file {} failed; it will be retried after its lease", claim.fileId(), ex);
		}
	}

	record Claim(long fileId, int attempts) {
	}

}
