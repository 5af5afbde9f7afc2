package org.lilims.storage;

import java.io.InputStream;
import java.util.Optional;

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
	StoredFile store(InputStream content, FileMeta meta);

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
