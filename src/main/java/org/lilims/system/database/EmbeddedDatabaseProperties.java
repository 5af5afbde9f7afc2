package org.lilims.system.database;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that LiLIMS starts when {@code spring.datasource.url} is not set.
 *
 * @param dataDir directory holding the database cluster; kept across restarts. Blank means a throw-away cluster in a
 * temporary directory (tests).
 * @param databaseName database created inside the cluster for LiLIMS
 */
@ConfigurationProperties("lilims.embedded-db")
public record EmbeddedDatabaseProperties(@Nullable String dataDir, @Nullable String databaseName) {

	public boolean persistent() {
		return this.dataDir != null && !this.dataDir.isBlank();
	}

	public String database() {
		return (this.databaseName == null || this.databaseName.isBlank()) ? "lilims" : this.databaseName;
	}

}
