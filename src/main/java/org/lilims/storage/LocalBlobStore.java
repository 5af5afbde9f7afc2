package org.lilims.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Blobs in a local directory at {@code ab/cd/abcdef...}. Content is written to a temporary file in the same
 * directory tree and moved into place atomically, so an interrupted upload leaves no half-written blob.
 */
class LocalBlobStore implements BlobStore {

	static final int HEAD_BYTES = 16;

	private static final int BUFFER_BYTES = 64 * 1024;

	private static final String TEMP_PREFIX = ".incoming-";

	private final Path root;

	LocalBlobStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public WrittenBlob write(InputStream content, @Nullable String expectedSha256) {
		try {
			Files.createDirectories(this.root);
			Path temp = this.root.resolve(TEMP_PREFIX + UUID.randomUUID() + ".part");
			try {
				WrittenBlob blob = copy(content, temp).verified(expectedSha256);
				if (!blob.isEmpty()) {
					moveIntoPlace(temp, pathOf(blob.sha256()));
				}
				return blob;
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the file: " + ex.getMessage(), ex);
		}
	}

	/** Copies the content to a new file while hashing it, and forces it to disk. */
	static WrittenBlob copy(InputStream content, Path temp) throws IOException {
		MessageDigest sha256 = sha256();
		byte[] head = new byte[HEAD_BYTES];
		int headLength = 0;
		long size = 0;
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			OutputStream out = Channels.newOutputStream(channel);
			byte[] buffer = new byte[BUFFER_BYTES];
			for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
				sha256.update(buffer, 0, read);
				out.write(buffer, 0, read);
				if (headLength < HEAD_BYTES) {
					int take = Math.min(read, HEAD_BYTES - headLength);
					System.arraycopy(buffer, 0, head, headLength, take);
					headLength += take;
				}
				size += read;
			}
			// the blob must be on disk before the database says it exists
			channel.force(true);
		}
		return new WrittenBlob(HexFormat.of().formatHex(sha256.digest()), size, Arrays.copyOf(head, headLength));
	}

	private static void moveIntoPlace(Path temp, Path target) throws IOException {
		if (Files.exists(target)) {
			return;
		}
		Files.createDirectories(target.getParent());
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("The file store " + temp.getParent() + " cannot move files atomically", ex);
		}
	}

	@Override
	public Resource read(String sha256) {
		return new FileSystemResource(pathOf(sha256));
	}

	Path pathOf(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
