package org.lilims.analysis;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;
import org.lilims.LiLimsApplication;
import org.lilims.cycling.CellFixtures;
import org.lilims.instrument.InstrumentFileState;
import org.lilims.instrument.InstrumentFileView;
import org.lilims.instrument.InstrumentFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one PostgreSQL (and one file store), as two nodes behind a load balancer: a burst of
 * 200 distinct data sets sent to the gateway is analysed by both, each data set's job done exactly once.
 */
class AnalysisTwoNodesIntegrationTests extends IntegrationTest {

	private static final int DATA_SETS = 200;

	private static final int CELLS = 4;

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	ApplicationContext context;

	@Autowired
	AnalysisWorker worker;

	@Autowired
	InstrumentFiles files;

	@Test
	void twoInstancesShareABurstOf200DataSetsAndAnalyseEachExactlyOnce() throws Exception {
		CellFixtures fixtures = new CellFixtures(this.mvc, ADMIN_PASSWORD);
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < CELLS; c++) {
			cells.add(fixtures.fullCell());
		}
		List<Long> fileIds;
		try (ConfigurableApplicationContext second = secondInstance()) {
			fileIds = sendBurst(cells);
			// this instance's worker runs too, as its scheduler would, while the other's scheduler takes jobs
			Instant deadline = Instant.now().plus(PATIENCE);
			while (count("state = 'PENDING'", fileIds) > 0 && Instant.now().isBefore(deadline)) {
				this.worker.scan();
				Thread.sleep(100);
			}
		}

		assertThat(fileIds).doesNotHaveDuplicates().hasSize(DATA_SETS);
		assertThat(count("true", fileIds)).as("one job per data set").isEqualTo(DATA_SETS);
		assertThat(count("state = 'DONE'", fileIds)).isEqualTo(DATA_SETS);
		assertThat(count("attempts <> 1", fileIds)).isZero();
		assertThat(this.jdbc.sql("select count(distinct instrument_file_id) from analysis.result "
				+ "where current and instrument_file_id in (:files)").param("files", fileIds).query(Long.class).single())
			.as("a current result of every data set").isEqualTo(DATA_SETS);
		assertThat(this.jdbc.sql("select count(*) from analysis.result where instrument_file_id in (:files)")
			.param("files", fileIds).query(Long.class).single()).as("one result each").isEqualTo(DATA_SETS);
		List<String> nodes = this.jdbc.sql("select distinct claimed_by from analysis.job "
				+ "where instrument_file_id in (:files)").param("files", fileIds).query(String.class).list();
		assertThat(nodes).as("both instances took jobs").hasSize(2);
	}

	/**
	 * Sends 200 distinct small MACCOR exports (capacities differ by data set) through the gateway's in-process API, as
	 * the demo loader does, from three senders at once; the gateway parses, links them to the cells and queues their
	 * jobs. Returns their gateway ids.
	 */
	private List<Long> sendBurst(List<String> cells) throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		ExecutorService senders = Executors.newFixedThreadPool(3);
		try {
			List<Future<InstrumentFileView>> sent = new ArrayList<>();
			for (int i = 0; i < DATA_SETS; i++) {
				String cell = cells.get(i % CELLS);
				String name = "SYN_%s_%03d.012".formatted(run, i);
				byte[] export = SyntheticMaccorExport.fullCell(cell, new double[] { 2.3, 2.2 - 0.001 * i, 2.1 },
						new double[] { 90, 99, 99 });
				sent.add(senders.submit(() -> this.files.ingest(new ByteArrayInputStream(export), name, "MACCOR-2N",
						null, cell, "burst/" + name)));
			}
			List<Long> ids = new ArrayList<>();
			for (Future<InstrumentFileView> file : sent) {
				InstrumentFileView view = file.get();
				assertThat(view.state()).as(view.originalName()).isEqualTo(InstrumentFileState.LINKED);
				ids.add(view.id());
			}
			return ids;
		}
		finally {
			senders.shutdown();
		}
	}

	private ConfigurableApplicationContext secondInstance() throws Exception {
		// command-line arguments: they take precedence over application.yaml (builder properties would not)
		return new SpringApplicationBuilder(LiLimsApplication.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + this.dataSource.getJdbcUrl(),
					"--spring.datasource.username=" + this.dataSource.getUsername(),
					"--spring.datasource.password=" + this.dataSource.getPassword(),
					"--lilims.storage.local-dir=" + localFileStore(), "--lilims.analysis.scan-interval=200ms");
	}

	// the first instance's file store: both nodes read the same raw files, as they would from S3
	private String localFileStore() throws Exception {
		Class<?> type = Class.forName("org.lilims.storage.StorageProperties");
		Object properties = this.context.getBean(type);
		Method localDir = type.getDeclaredMethod("localDir");
		localDir.setAccessible(true);
		return localDir.invoke(properties).toString();
	}

	private long count(String condition, List<Long> fileIds) {
		return this.jdbc.sql("select count(*) from analysis.job where instrument_file_id in (:files) and " + condition)
			.param("files", fileIds)
			.query(Long.class)
			.single();
	}

}
