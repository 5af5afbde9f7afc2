package org.lilims.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a real PostgreSQL server from the binaries bundled with the application.
 * <p>
 * In persistent mode the cluster lives in a fixed directory with durable writes, and a postmaster left running by a
 * JVM that was killed is shut down before the new start (otherwise PostgreSQL refuses to start on the locked
 * directory). A lock file next to the cluster keeps two LiLIMS processes from sharing one directory.
 */
public final class EmbeddedPostgresLauncher {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

	private static final Duration STALE_SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private EmbeddedPostgresLauncher() {
	}

	/**
	 * Start a server.
	 * @param dataDirectory cluster directory for a persistent server, or {@code null} for a throw-away one
	 * @param databaseName database to create if missing
	 * @return the running server; close it to stop the server
	 */
	public static RunningDatabase start(@Nullable Path dataDirectory, String databaseName) {
		try {
			return (dataDirectory != null) ? startPersistent(dataDirectory.toAbsolutePath().normalize(), databaseName)
					: startEphemeral(databaseName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + ex.getMessage(), ex);
		}
	}

	private static RunningDatabase startEphemeral(String databaseName) throws IOException {
		EmbeddedPostgres postgres = baseBuilder().start();
		return new RunningDatabase(postgres, createDatabaseIfMissing(postgres, databaseName), null);
	}

	private static RunningDatabase startPersistent(Path dataDirectory, String databaseName) throws IOException {
		Files.createDirectories(dataDirectory);
		FileChannel lockChannel = FileChannel.open(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock"),
				StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = lockChannel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			lockChannel.close();
			throw new IllegalStateException("Another LiLIMS process uses the database directory " + dataDirectory
					+ "; stop it first or set lilims.embedded-db.data-dir to another directory");
		}
		try {
			stopStalePostmaster(dataDirectory);
			log.info("Starting embedded PostgreSQL with data directory {}", dataDirectory);
			EmbeddedPostgres postgres = baseBuilder().setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.start();
			return new RunningDatabase(postgres, createDatabaseIfMissing(postgres, databaseName), lockChannel);
		}
		catch (IOException | RuntimeException ex) {
			lockChannel.close();
			throw ex;
		}
	}

	private static EmbeddedPostgres.Builder baseBuilder() {
		return EmbeddedPostgres.builder()
			.setServerConfig("unix_socket_directories", "")
			.setServerConfig("listen_addresses", "localhost")
			.setPGStartupWait(STARTUP_WAIT);
	}

	/**
	 * A JVM killed without shutdown leaves its postmaster running; we hold the directory lock, so that postmaster
	 * belongs to no live LiLIMS process and can be stopped.
	 */
	static void stopStalePostmaster(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(EmbeddedPostgresLauncher::isPostgres);
		if (postmaster.isEmpty()) {
			return;
		}
		ProcessHandle process = postmaster.get();
		log.warn("Stopping PostgreSQL (pid {}) left behind by an earlier LiLIMS process on {}", process.pid(),
				dataDirectory);
		process.destroy();
		try {
			process.onExit().get(STALE_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			log.warn("PostgreSQL pid {} did not stop within {}; killing it", process.pid(), STALE_SHUTDOWN_WAIT);
			process.destroyForcibly();
		}
	}

	private static Optional<Long> readPid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
	}

	private static String createDatabaseIfMissing(EmbeddedPostgres postgres, String databaseName) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			query.setString(1, databaseName);
			try (ResultSet result = query.executeQuery()) {
				if (!result.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("create database \"" + databaseName.replace("\"", "\"\"") + "\"");
					}
				}
			}
			return postgres.getJdbcUrl("postgres", databaseName);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + databaseName + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A started server and the JDBC URL of the LiLIMS database on it.
	 */
	public static final class RunningDatabase implements AutoCloseable {

		private final EmbeddedPostgres postgres;

		private final String jdbcUrl;

		private final @Nullable FileChannel lockChannel;

		RunningDatabase(EmbeddedPostgres postgres, String jdbcUrl, @Nullable FileChannel lockChannel) {
			this.postgres = postgres;
			this.jdbcUrl = jdbcUrl;
			this.lockChannel = lockChannel;
		}

		public String jdbcUrl() {
			return this.jdbcUrl;
		}

		public int port() {
			return this.postgres.getPort();
		}

		@Override
		public void close() throws IOException {
			try {
				this.postgres.close();
			}
			finally {
				if (this.lockChannel != null) {
					this.lockChannel.close();
				}
			}
		}

	}

}
