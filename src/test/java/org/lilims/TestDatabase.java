package org.lilims;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Chooses the real PostgreSQL that integration tests run on: a Testcontainers server where a Docker engine exists,
 * otherwise the application's own embedded PostgreSQL (a throw-away cluster per Spring context). Set
 * {@code LILIMS_TEST_DB=embedded} to force the embedded server on a machine with Docker.
 */
public final class TestDatabase {

	private static PostgreSQLContainer container;

	private TestDatabase() {
	}

	public static synchronized void register(DynamicPropertyRegistry registry) {
		if (!useTestcontainers()) {
			return;
		}
		if (container == null) {
			container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
		}
		registry.add("spring.datasource.url", container::getJdbcUrl);
		registry.add("spring.datasource.username", container::getUsername);
		registry.add("spring.datasource.password", container::getPassword);
	}

	private static boolean useTestcontainers() {
		if ("embedded".equalsIgnoreCase(System.getenv("LILIMS_TEST_DB"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

}
