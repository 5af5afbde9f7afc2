package org.lilims.system.database;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EmbeddedPostgresLauncherTests {

	@TempDir
	Path dataRoot;

	@Test
	void keepsDataAcrossRestarts() throws Exception {
		Path dataDir = this.dataRoot.resolve("postgres");
		try (EmbeddedPostgresLauncher.RunningDatabase db = EmbeddedPostgresLauncher.start(dataDir, "lilims")) {
			execute(db.jdbcUrl(), "create table foil_lot (code text primary key)",
					"insert into foil_lot values ('LI-0001')");
		}
		try (EmbeddedPostgresLauncher.RunningDatabase db = EmbeddedPostgresLauncher.start(dataDir, "lilims")) {
			assertThat(singleString(db.jdbcUrl(), "select code from foil_lot")).isEqualTo("LI-0001");
			assertThat(singleString(db.jdbcUrl(), "show fsync")).isEqualTo("on");
		}
	}

	@Test
	void recoversFromPostmasterLeftBehindByKilledJvm() throws Exception {
		Path dataDir = this.dataRoot.resolve("postgres");
		Process otherJvm = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
				StartAndWait.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(otherJvm.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			do {
				line = output.readLine();
			}
			while (line != null && !line.startsWith("READY"));
			assertThat(line).as("the other JVM started PostgreSQL").startsWith("READY");
		}
		finally {
			otherJvm.destroyForcibly();
		}
		assertThat(otherJvm.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(dataDir.resolve("postmaster.pid")).as("the killed JVM left its postmaster behind").exists();

		Instant start = Instant.now();
		try (EmbeddedPostgresLauncher.RunningDatabase db = EmbeddedPostgresLauncher.start(dataDir, "lilims")) {
			assertThat(singleString(db.jdbcUrl(), "select note from survivor")).isEqualTo("written before kill -9");
		}
		assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void refusesSecondProcessOnSameDirectory() throws Exception {
		Path dataDir = this.dataRoot.resolve("postgres");
		try (EmbeddedPostgresLauncher.RunningDatabase db = EmbeddedPostgresLauncher.start(dataDir, "lilims")) {
			assertThatIllegalStateException().isThrownBy(() -> EmbeddedPostgresLauncher.start(dataDir, "lilims"))
				.withMessageContaining("Another LiLIMS process uses the database directory");
		}
	}

	@Test
	void ephemeralServerStartsWithoutDataDirectory() throws Exception {
		try (EmbeddedPostgresLauncher.RunningDatabase db = EmbeddedPostgresLauncher.start(null, "scratch")) {
			assertThat(singleString(db.jdbcUrl(), "select current_database()")).isEqualTo("scratch");
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static void execute(String jdbcUrl, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String singleString(String jdbcUrl, String query) throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(query)) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

	/**
	 * Main class of the JVM that is killed: starts PostgreSQL on the given directory, writes a row and waits.
	 */
	static final class StartAndWait {

		public static void main(String[] args) throws Exception {
			EmbeddedPostgresLauncher.RunningDatabase db = EmbeddedPostgresLauncher.start(new File(args[0]).toPath(),
					"lilims");
			execute(db.jdbcUrl(), "create table survivor (note text)",
					"insert into survivor values ('written before kill -9')");
			System.out.println("READY " + db.port());
			System.out.flush();
			Thread.sleep(Duration.ofMinutes(5).toMillis());
		}

	}

}
