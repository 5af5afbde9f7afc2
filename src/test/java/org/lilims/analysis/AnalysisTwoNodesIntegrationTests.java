package org.lilims.analysis;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;
import org.lilims.LiLimsApplication;
import org.lilims.cycling.CellFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two application instances on one PostgreSQL (and one file store), as two nodes behind a load balancer: a burst of
 * 200 analysis jobs is shared between them, and each job is done exactly once.
 */
class AnalysisTwoNodesIntegrationTests extends IntegrationTest {

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

	@Test
	void twoInstancesShareABurstOf200JobsAndDoEachExactlyOnce() throws Exception {
		CellFixtures fixtures = new CellFixtures(this.mvc, ADMIN_PASSWORD);
		String cell = fixtures.fullCell();
		this.mvc.perform(multipart("/api/v1/gateway/files")
			.file(new MockMultipartFile("file", "SYN_" + UUID.randomUUID() + ".012", "text/plain",
					SyntheticMaccorExport.fullCell(cell, new double[] { 2.3, 2.2, 2.1 }, new double[] { 90, 99, 99 })))
			.param("instrumentId", "MACCOR-2N")
			.param("cellCode", cell)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + fixtures.instrumentToken()))
			.andExpect(status().isCreated());
		await().atMost(Duration.ofSeconds(30)).until(() -> count(cell, "state = 'DONE'") == 1);
		long file = this.jdbc.sql("select instrument_file_id from analysis.job where cell_code = :cell")
			.param("cell", cell).query(Long.class).single();

		try (ConfigurableApplicationContext second = secondInstance()) {
			this.jdbc.sql("""
					insert into analysis.job (instrument_file_id, cell_code, reason, state, created_at)
					select :file, :cell, 'burst', 'PENDING', now() from generate_series(1, 200)
					""").param("file", file).param("cell", cell).update();

			// this instance's worker runs now, as its scheduler would, while the other's scheduler takes jobs too
			this.worker.scan();
			await().atMost(Duration.ofSeconds(90)).until(() -> count(cell, "reason = 'burst' and state <> 'DONE'") == 0);
		}

		assertThat(count(cell, "reason = 'burst' and state = 'DONE'")).isEqualTo(200);
		assertThat(count(cell, "reason = 'burst' and attempts <> 1")).isZero();
		assertThat(this.jdbc.sql("select count(distinct result_id) from analysis.job where cell_code = :cell "
				+ "and reason = 'burst'").param("cell", cell).query(Long.class).single()).isEqualTo(200);
		List<String> nodes = this.jdbc.sql("select distinct claimed_by from analysis.job where cell_code = :cell "
				+ "and reason = 'burst'").param("cell", cell).query(String.class).list();
		assertThat(nodes).as("both instances took jobs").hasSize(2);
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

	private long count(String cell, String condition) {
		return this.jdbc.sql("select count(*) from analysis.job where cell_code = :cell and " + condition)
			.param("cell", cell)
			.query(Long.class)
			.single();
	}

}
