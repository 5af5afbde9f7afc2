package org.lilims.sample;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.lilims.system.database.EmbeddedPostgresLauncher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lineage of a sample 6 generations deep with 10 000 samples in the database, on a real (embedded) PostgreSQL
 * migrated by Flyway. Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=LineageBenchmark}.
 * <p>
 * 1 000 families of 10 samples: Li foil lot → roll-pressed → pressed again → coated → electrodes → cell (which also
 * descends from a separator and an electrolyte lot) → post-mortem specimen, plus a second cell of the same electrodes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LineageBenchmark {

	static final int FAMILIES = 1_000;

	private EmbeddedPostgresLauncher.RunningDatabase database;

	private HikariDataSource dataSource;

	private LineageQueries queries;

	private int family;

	@Setup(Level.Trial)
	public void seed() throws SQLException {
		this.database = EmbeddedPostgresLauncher.start(null, "lineage_benchmark");
		this.dataSource = new HikariDataSource();
		this.dataSource.setJdbcUrl(this.database.jdbcUrl());
		this.dataSource.setUsername("postgres");
		this.dataSource.setPassword("postgres");
		Flyway.configure().dataSource(this.dataSource).locations("filesystem:db/migration").load().migrate();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			insertFamilies(connection);
			connection.commit();
			connection.createStatement().execute("analyze");
		}
		this.queries = new LineageQueries(JdbcClient.create(this.dataSource));
	}

	private static void insertFamilies(Connection connection) throws SQLException {
		String[] kinds = { "LI_FOIL_LOT", "ROLL_PRESSED_FOIL", "ROLL_PRESSED_FOIL", "COATED_FOIL", "ELECTRODE", "CELL",
				"POST_MORTEM_SPECIMEN", "SEPARATOR_LOT", "ELECTROLYTE_LOT", "CELL" };
		String[] prefixes = { "LI", "RP", "RQ", "CT", "EL", "CC", "PM", "SP", "EY", "CD" };
		try (PreparedStatement sample = connection.prepareStatement("""
				insert into sample.sample (id, code, kind, status, created_by, created_at, updated_at)
				overriding system value values (?, ?, ?, 'AVAILABLE', 'benchmark', ?, ?)""");
				PreparedStatement edge = connection.prepareStatement(
						"insert into sample.lineage_edge (parent_id, child_id) values (?, ?)")) {
			java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
			for (int f = 0; f < FAMILIES; f++) {
				long base = f * 10L + 1;
				for (int i = 0; i < 10; i++) {
					sample.setLong(1, base + i);
					sample.setString(2, "%s-%05d".formatted(prefixes[i], f));
					sample.setString(3, kinds[i]);
					sample.setTimestamp(4, now);
					sample.setTimestamp(5, now);
					sample.addBatch();
				}
				long[][] links = { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 4 }, { 4, 5 }, { 7, 5 }, { 8, 5 }, { 5, 6 },
						{ 4, 9 }, { 7, 9 }, { 8, 9 } };
				for (long[] link : links) {
					edge.setLong(1, base + link[0]);
					edge.setLong(2, base + link[1]);
					edge.addBatch();
				}
			}
			sample.executeBatch();
			edge.executeBatch();
		}
	}

	@TearDown(Level.Trial)
	public void stop() throws IOException {
		this.dataSource.close();
		this.database.close();
	}

	@Benchmark
	public LineageGraph ancestorsOfSpecimenSixGenerationsDeep() {
		this.family = (this.family + 7) % FAMILIES;
		return this.queries.lineage("PM-%05d".formatted(this.family), true);
	}

	@Benchmark
	public LineageGraph descendantsOfFoilLot() {
		this.family = (this.family + 7) % FAMILIES;
		return this.queries.lineage("LI-%05d".formatted(this.family), false);
	}

}
