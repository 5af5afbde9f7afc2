package org.lilims.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.CurrentActor;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NotFoundException;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

@Service
class FileService implements FileStore {

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

	private final BlobStore blobs;

	private final FileRecords records;

	private final Clock clock;

	FileService(BlobStore blobs, FileRecords records, Clock clock) {
		this.blobs = blobs;
		this.records = records;
		this.clock = clock;
	}

	// Not transactional on purpose: the database is only touched once the bytes are safely in place.
	@Override
	public StoredFile store(InputStream content, FileMeta meta, @Nullable String expectedSha256) {
		if (expectedSha256 != null && !SHA256_HEX.matcher(expectedSha256).matches()) {
			throw new InvalidInputException("sha256", "is not a SHA-256: 64 hexadecimal digits expected");
		}
		BlobStore.WrittenBlob blob = this.blobs.write(content, expectedSha256);
		if (blob.isEmpty()) {
			throw new InvalidInputException("file", meta.originalName() + " is empty");
		}
		return this.records.insertOrFind(new StoredFile(FileId.random(), blob.sha256(), blob.sizeBytes(),
				MediaTypes.decide(blob.head(), meta), meta.originalName(), CurrentActor.name(), this.clock.instant()));
	}

	@Override
	public Optional<StoredFile> find(FileId id) {
		return this.records.find(id);
	}

	@Override
	public StoredFile get(FileId id) {
		return find(id).orElseThrow(() -> new NotFoundException("No file with id " + id));
	}

	@Override
	public InputStream open(FileId id) {
		try {
			return content(id).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read file " + id + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public Resource content(FileId id) {
		StoredFile file = get(id);
		Resource content = this.blobs.read(file.sha256());
		if (!content.exists()) {
			throw new IllegalStateException("The content of file " + id + " (" + file.sha256() + ") is missing");
		}
		return content;
	}

}
