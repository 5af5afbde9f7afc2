package org.lilims.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code storage.stored_file} table: one row per distinct content.
 */
@Repository
class FileRecords {

	static final String COLUMNS = "f.id, f.sha256, f.size_bytes, f.media_type, f.original_name, f.uploaded_by, "
			+ "f.uploaded_at";

	private final JdbcClient jdbc;

	FileRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the file unless its content is already known; either way returns the row for that content. */
	StoredFile insertOrFind(StoredFile file) {
		this.jdbc.sql("""
				insert into storage.stored_file
				  (id, sha256, size_bytes, media_type, original_name, uploaded_by, uploaded_at)
				values (:id, :sha256, :size, :mediaType, :name, :by, :at)
				on conflict (sha256) do nothing""")
			.param("id", file.id().value())
			.param("sha256", file.sha256())
			.param("size", file.sizeBytes())
			.param("mediaType", file.mediaType())
			.param("name", file.originalName())
			.param("by", file.uploadedBy())
			.param("at", Timestamp.from(file.uploadedAt()))
			.update();
		return this.jdbc.sql("select " + COLUMNS + " from storage.stored_file f where f.sha256 = :sha256")
			.param("sha256", file.sha256())
			.query(FileRecords::map)
			.single();
	}

	Optional<StoredFile> find(FileId id) {
		return this.jdbc.sql("select " + COLUMNS + " from storage.stored_file f where f.id = :id")
			.param("id", id.value())
			.query(FileRecords::map)
			.optional();
	}

	static StoredFile map(ResultSet rs, int row) throws SQLException {
		return new StoredFile(new FileId(rs.getObject("id", UUID.class)), rs.getString("sha256"),
				rs.getLong("size_bytes"), rs.getString("media_type"), rs.getString("original_name"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}

}
