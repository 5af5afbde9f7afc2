package org.lilims.storage;

import java.time.Instant;

/**
 * A file kept by LiLIMS. Files are stored once per content: uploading the same bytes again returns this record.
 *
 * @param id its identifier
 * @param sha256 SHA-256 of the content, lower-case hex
 * @param sizeBytes length of the content
 * @param mediaType media type, sniffed from the content or else as declared or guessed from the name
 * @param originalName file name of the first upload
 * @param uploadedBy user who first uploaded it
 * @param uploadedAt when it was first uploaded
 */
public record StoredFile(FileId id, String sha256, long sizeBytes, String mediaType, String originalName,
		String uploadedBy, Instant uploadedAt) {

	/** Whether browsers can show it directly, or after conversion, as a preview image. */
	public boolean isImage() {
		return this.mediaType.startsWith("image/");
	}

}
