package org.lilims.storage;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Attaches stored files to records of other modules and lists them. Each new attachment is recorded on the target's
 * audit trail (action {@code FILE_ATTACHED}).
 */
public interface Attachments {

	/**
	 * Stores the files and attaches each to the target, all or nothing. A file already attached to that target is
	 * returned as it is.
	 * @throws org.lilims.shared.InvalidInputException if a file is empty or the caption too long
	 */
	List<Attachment> upload(List<Upload> uploads, AttachmentTarget target, AttachmentCategory category,
			@Nullable String caption);

	/** Attaches an already stored file. */
	Attachment attach(FileId file, AttachmentTarget target, AttachmentCategory category, @Nullable String caption);

	/** Attachments of a record, oldest first. */
	List<Attachment> of(AttachmentTarget target);

}
