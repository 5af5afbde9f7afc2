package org.lilims.demo;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Waiting for a loaded demo to be analysed: no file waits to be parsed and no analysis job to run. */
final class DemoAnalyses {

	private DemoAnalyses() {
	}

	static void awaitEvery(JdbcClient jdbc, Duration timeout, Duration poll) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			long open = jdbc.sql("""
					select (select count(*) from instrument.instrument_file where state in ('RECEIVED', 'PARSED'))
					     + (select count(*) from analysis.job where state = 'PENDING')""")
				.query(Long.class)
				.single();
			if (open == 0) {
				return;
			}
			Thread.sleep(poll.toMillis());
		}
		throw new IllegalStateException("the demo's analyses did not finish within " + timeout);
	}

}
