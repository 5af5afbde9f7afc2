package org.lilims.system.database;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: when {@code spring.datasource.url} is not set, LiLIMS runs its own PostgreSQL so that a
 * newcomer needs nothing installed. Boot's DataSource auto-configuration backs off because a DataSource bean exists;
 * Flyway and JPA then run on this one as on any external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresLauncher.RunningDatabase embeddedPostgres(EmbeddedDatabaseProperties properties) {
		Path dataDir = properties.persistent() ? Path.of(properties.dataDir()) : null;
		return EmbeddedPostgresLauncher.start(dataDir, properties.database());
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresLauncher.RunningDatabase database) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		dataSource.setPoolName("lilims-embedded");
		return dataSource;
	}

}
