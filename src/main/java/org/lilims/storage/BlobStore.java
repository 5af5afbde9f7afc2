package org.lilims.storage;

import java.io.InputStream;

import org.springframework.core.io.Resource;

/**
 * Where the bytes live, addressed by their SHA-256: the local directory now, an S3 bucket later. Implementations
 * never expose a half-written blob under its hash.
 */
interface BlobStore {

	/**
	 * Streams the content into the store while hashing it; keeps it under its hash unless that is already there.
	 * Empty content is not kept.
	 * @throws java.io.UncheckedIOException if reading or writing failed; nothing is left behind then
	 */
	WrittenBlob write(InputStream content);

	/** The content, or a resource that does not exist ({@link Resource#exists()}) if nothing is kept under the hash. */
	Resource read(String sha256);

	/**
	 * What {@link #write} found.
	 *
	 * @param sha256 lower-case hex SHA-256 of the content
	 * @param sizeBytes its length
	 * @param head its first bytes, for recognising the format
	 */
	record WrittenBlob(String sha256, long sizeBytes, byte[] head) {

		boolean isEmpty() {
			return this.sizeBytes == 0;
		}

	}

}
