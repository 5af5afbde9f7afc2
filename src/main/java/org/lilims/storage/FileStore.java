package org.lilims.storage;

import java.io.InputStream;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;

/**
 * Keeps files once per content (SHA-256) and hands them back.
 */
public interface FileStore {

	/**
	 * Streams the content into storage while hashing it. Same bytes as an existing file: nothing new is written and
	 * the existing record is returned.
	 * @throws org.lilims.shared.InvalidInputException (field {@code file}) if the content is empty
	 * @throws java.io.UncheckedIOException if the content could not be read or written; nothing half-written stays
	 */
	default StoredFile store(InputStream content, FileMeta meta) {
		return store(content, meta, null);
	}

	/**
	 * Stores like {@link #store(InputStream, FileMeta)} when the content's SHA-256 is {@code expectedSha256}. The
	 * digest is checked after the content was spooled and before it is committed under its hash, so content that does
	 * not match (corrupted on the way, changed while sent) leaves no blob and no record behind.
	 * @param expectedSha256 the SHA-256 the sender declared, hex in either case; null to take any content
	 * @throws org.lilims.shared.InvalidInputException (field {@code sha256}) if it is not 64 hex digits or does not
	 * match the content; (field {@code file}) if the content is empty
	 */
	StoredFile store(InputStream content, FileMeta meta, @Nullable String expectedSha256);

	Optional<StoredFile> find(FileId id);

	/**
	 * @throws org.lilims.shared.NotFoundException if there is no such file
	 */
	StoredFile get(FileId id);

	/**
	 * The content, to be closed by the caller.
	 * @throws org.lilims.shared.NotFoundException if there is no such file
	 */
	InputStream open(FileId id);

	/**
	 * The content as a resource for downloads (knows its length, may support ranges).
	 * @throws org.lilims.shared.NotFoundException if there is no such file
	 */
	Resource content(FileId id);

}
