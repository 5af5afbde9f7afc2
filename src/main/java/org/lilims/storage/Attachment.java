package org.lilims.storage;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A stored file attached to a record. One file can be attached to many records.
 *
 * @param id identifier of the attachment
 * @param target the record it is attached to
 * @param category what kind of file it is
 * @param caption what it shows, if the uploader said
 * @param file the stored file
 * @param attachedBy user who attached it
 * @param attachedAt when
 */
public record Attachment(long id, AttachmentTarget target, AttachmentCategory category, @Nullable String caption,
		StoredFile file, String attachedBy, Instant attachedAt) {

}
