package org.lilims.storage;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.AuditableEvent;

/**
 * A file was attached to a record; recorded on that record's audit trail.
 *
 * @param attachment the new attachment
 */
public record FileAttached(Attachment attachment) implements AuditableEvent {

	@Override
	public String entityType() {
		return this.attachment.target().type();
	}

	@Override
	public String entityId() {
		return this.attachment.target().id();
	}

	@Override
	public String action() {
		return "FILE_ATTACHED";
	}

	@Override
	public @Nullable Map<String, Object> before() {
		return null;
	}

	@Override
	public Map<String, Object> after() {
		StoredFile file = this.attachment.file();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("fileId", file.id().toString());
		after.put("fileName", file.originalName());
		after.put("sha256", file.sha256());
		after.put("sizeBytes", file.sizeBytes());
		after.put("mediaType", file.mediaType());
		after.put("category", this.attachment.category().name());
		if (this.attachment.caption() != null) {
			after.put("caption", this.attachment.caption());
		}
		return after;
	}

	@Override
	public @Nullable String reason() {
		return null;
	}

}
