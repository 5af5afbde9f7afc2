package org.lilims.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code storage.attachment} table.
 */
@Repository
class AttachmentRecords {

	private static final String SELECT = "select a.id as attachment_id, a.target_type, a.target_id, a.category, "
			+ "a.caption, a.attached_by, a.attached_at, " + FileRecords.COLUMNS
			+ " from storage.attachment a join storage.stored_file f on f.id = a.file_id ";

	private final JdbcClient jdbc;

	AttachmentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new attachment's id, or empty if the file was already attached to the target. */
	Optional<Long> insert(FileId file, AttachmentTarget target, AttachmentCategory category, @Nullable String caption,
			String attachedBy, Instant attachedAt) {
		return this.jdbc.sql("""
				insert into storage.attachment
				  (file_id, target_type, target_id, category, caption, attached_by, attached_at)
				values (:file, :type, :target, :category, :caption, :by, :at)
				on conflict (target_type, target_id, file_id) do nothing
				returning id""")
			.param("file", file.value())
			.param("type", target.type())
			.param("target", target.id())
			.param("category", category.name())
			.param("caption", caption)
			.param("by", attachedBy)
			.param("at", Timestamp.from(attachedAt))
			.query(Long.class)
			.optional();
	}

	Attachment find(FileId file, AttachmentTarget target) {
		return this.jdbc.sql(SELECT + "where a.target_type = :type and a.target_id = :target and a.file_id = :file")
			.param("type", target.type())
			.param("target", target.id())
			.param("file", file.value())
			.query(AttachmentRecords::map)
			.single();
	}

	List<Attachment> findByTarget(AttachmentTarget target) {
		return this.jdbc.sql(SELECT + "where a.target_type = :type and a.target_id = :target order by a.attached_at, a.id")
			.param("type", target.type())
			.param("target", target.id())
			.query(AttachmentRecords::map)
			.list();
	}

	private static Attachment map(ResultSet rs, int row) throws SQLException {
		return new Attachment(rs.getLong("attachment_id"),
				new AttachmentTarget(rs.getString("target_type"), rs.getString("target_id")),
				AttachmentCategory.valueOf(rs.getString("category")), rs.getString("caption"),
				FileRecords.map(rs, row), rs.getString("attached_by"), rs.getTimestamp("attached_at").toInstant());
	}

}
