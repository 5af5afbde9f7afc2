package org.lilims.storage;

import java.io.InputStream;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.InvalidInputException;

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
	default WrittenBlob write(InputStream content) {
		return write(content, null);
	}

	/**
	 * Like {@link #write(InputStream)}, but the content is hashed before it is committed under its hash and refused
	 * when its SHA-256 is not the expected one.
	 * @param expectedSha256 hex SHA-256 the sender declared, or null to take any content
	 * @throws InvalidInputException (field {@code sha256}) on a mismatch; nothing is left behind then
	 */
	WrittenBlob write(InputStream content, @Nullable String expectedSha256);

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

		/**
		 * @throws InvalidInputException (field {@code sha256}) when the content's SHA-256 is not the expected one
		 */
		WrittenBlob verified(@Nullable String expectedSha256) {
			if (expectedSha256 != null && !expectedSha256.toLowerCase(Locale.ROOT).equals(this.sha256)) {
				throw new InvalidInputException("sha256", "does not match the content received: " + expectedSha256
						+ " was declared, the " + this.sizeBytes + " bytes received have SHA-256 " + this.sha256
						+ "; nothing was kept");
			}
			return this;
		}

	}

}
