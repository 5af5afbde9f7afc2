package org.lilims.analysis;

import java.util.Objects;
import java.util.Optional;

import org.lilims.analysis.AnalysisJobs.Claim;
import org.lilims.analysis.AnalysisJobs.JobState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs pending analysis jobs on every node: claims one, analyses, records the outcome; a job that throws is retried
 * after its lease until it has been taken up {@code maxAttempts} times, then marked FAILED with the reason.
 */
@Component
class AnalysisWorker {

	private static final Logger log = LoggerFactory.getLogger(AnalysisWorker.class);

	private static final int MAX_JOBS_PER_SCAN = 100;

	private final AnalysisJobs jobs;

	private final CellDataAnalyser analyser;

	private final DepositionAnalyser depositions;

	private final AnalysisProperties properties;

	AnalysisWorker(AnalysisJobs jobs, CellDataAnalyser analyser, DepositionAnalyser depositions,
			AnalysisProperties properties) {
		this.jobs = jobs;
		this.analyser = analyser;
		this.depositions = depositions;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${lilims.analysis.scan-interval:2s}",
			initialDelayString = "${lilims.analysis.scan-interval:2s}")
	void scan() {
		for (int i = 0; i < MAX_JOBS_PER_SCAN; i++) {
			Optional<Claim> claim = this.jobs.claimNext();
			if (claim.isEmpty()) {
				return;
			}
			run(claim.get());
		}
	}

	/** Runs one claimed job to its end (or leaves it for a retry). */
	void run(Claim claim) {
		try {
			CellDataAnalyser.Outcome outcome = (claim.cellCode() != null)
					? this.analyser.analyse(claim.instrumentFileId(), claim.cellCode())
					: this.depositions.analyse(claim.instrumentFileId(), Objects.requireNonNull(claim.stepId()));
			if (outcome.resultId() != null) {
				this.jobs.finish(claim.jobId(), JobState.DONE, outcome.resultId(), null);
			}
			else {
				this.jobs.finish(claim.jobId(), JobState.SKIPPED, null, outcome.skipped());
			}
		}
		catch (RuntimeException ex) {
			String reason = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			if (claim.attempts() >= this.properties.maxAttempts()) {
				log.error("Analysis job {} of {} failed after {} attempts", claim.jobId(), claim.target(),
						claim.attempts(), ex);
				this.jobs.finish(claim.jobId(), JobState.FAILED, null, reason);
			}
			else {
				log.warn("Analysis job {} of {} failed (attempt {}); retried after its lease: {}", claim.jobId(),
						claim.target(), claim.attempts(), reason);
			}
		}
	}

}
