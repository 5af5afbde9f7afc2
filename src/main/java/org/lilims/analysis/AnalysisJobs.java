package org.lilims.analysis;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job table: one job per data set to analyse. Any node claims the oldest pending job with a lease
 * ({@code FOR UPDATE SKIP LOCKED}), so several nodes share the work and none does a job another is doing; a job whose
 * node died is taken up again once its lease has run out.
 */
@Component
class AnalysisJobs {

	private final JdbcClient jdbc;

	private final AnalysisProperties properties;

	private final Clock clock;

	// this application instance, as written on the jobs it takes up
	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	AnalysisJobs(JdbcClient jdbc, AnalysisProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Adds a job for a cell's data set unless one is already pending; runs in the caller's transaction. */
	void enqueue(long instrumentFileId, String cellCode, String reason) {
		insert(instrumentFileId, cellCode, null, reason);
	}

	/** Adds a job for a coating run's deposition log unless one is already pending. */
	void enqueueForStep(long instrumentFileId, long stepId, String reason) {
		insert(instrumentFileId, null, stepId, reason);
	}

	private void insert(long instrumentFileId, @Nullable String cellCode, @Nullable Long stepId, String reason) {
		this.jdbc.sql("""
				insert into analysis.job (instrument_file_id, cell_code, step_id, reason, state, created_at)
				select :file, :cell, :step, :reason, 'PENDING', :now
				 where not exists (select 1 from analysis.job where instrument_file_id = :file and state = 'PENDING')
				""")
			.param("file", instrumentFileId)
			.param("cell", cellCode)
			.param("step", stepId)
			.param("reason", reason)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	Optional<Claim> claimNext() {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				update analysis.job
				   set lease_until = :leaseEnd, attempts = attempts + 1, started_at = :now, claimed_by = :node
				 where id = (select id from analysis.job
				              where state = 'PENDING' and (lease_until is null or lease_until < :now)
				              order by created_at
				              limit 1
				                for update skip locked)
				returning id, instrument_file_id, cell_code, step_id, attempts
				""")
			.param("leaseEnd", Timestamp.from(now.plus(this.properties.lease())))
			.param("now", Timestamp.from(now))
			.param("node", this.node)
			.query((rs, row) -> new Claim(rs.getLong("id"), rs.getLong("instrument_file_id"), rs.getString("cell_code"),
					rs.getObject("step_id", Long.class), rs.getInt("attempts")))
			.optional();
	}

	void finish(long jobId, JobState state, @Nullable Long resultId, @Nullable String reason) {
		this.jdbc.sql("""
				update analysis.job set state = :state, result_id = :result, failure_reason = :reason,
				       finished_at = :now, lease_until = null
				 where id = :id
				""")
			.param("state", state.name())
			.param("result", resultId)
			.param("reason", reason)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", jobId)
			.update();
	}

	List<JobView> ofCell(String cellCode, int limit) {
		return this.jdbc.sql("""
				select id, instrument_file_id, reason, state, attempts, failure_reason, created_at, finished_at
				  from analysis.job where cell_code = :cell order by created_at desc, id desc limit :limit
				""")
			.param("cell", cellCode)
			.param("limit", limit)
			.query((rs, row) -> new JobView(rs.getLong("id"), rs.getLong("instrument_file_id"), rs.getString("reason"),
					JobState.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("failure_reason"),
					rs.getTimestamp("created_at").toInstant(),
					(rs.getTimestamp("finished_at") != null) ? rs.getTimestamp("finished_at").toInstant() : null))
			.list();
	}

	/** A job this node took up: for a cell's data set, or for a coating run's deposition log. */
	record Claim(long jobId, long instrumentFileId, @Nullable String cellCode, @Nullable Long stepId, int attempts) {

		String target() {
			return (this.cellCode != null) ? this.cellCode : "coating run " + this.stepId;
		}

	}

	/** Where a job is. */
	enum JobState {

		PENDING, DONE, FAILED, SKIPPED

	}

	/**
	 * A job as the API and the cell page show it.
	 *
	 * @param id the job
	 * @param instrumentFileId the data set it analyses
	 * @param reason why it was made
	 * @param state where it is
	 * @param attempts how often it was taken up
	 * @param failureReason why it failed or was skipped
	 * @param createdAt when it was made
	 * @param finishedAt when it ended
	 */
	record JobView(long id, long instrumentFileId, String reason, JobState state, int attempts,
			@Nullable String failureReason, Instant createdAt, @Nullable Instant finishedAt) {
	}

}
