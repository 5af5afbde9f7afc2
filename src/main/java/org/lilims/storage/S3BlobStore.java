package org.lilims.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;

/**
 * Blobs in an S3-compatible bucket under {@code blobs/ab/cd/abcdef...}, for installations with several application
 * nodes. An upload is first spooled to a local file while it is hashed (the key is its hash), then put in one request,
 * so a broken upload never leaves a partial object under a hash.
 */
class S3BlobStore implements BlobStore {

	private static final Logger log = LoggerFactory.getLogger(S3BlobStore.class);

	private final S3Client s3;

	private final String bucket;

	private final Path spoolDir;

	S3BlobStore(S3Client s3, String bucket, Path spoolDir) {
		this.s3 = s3;
		this.bucket = bucket;
		this.spoolDir = spoolDir.toAbsolutePath().normalize();
	}

	/** Creates the bucket if it does not exist yet (a fresh object store). */
	S3BlobStore ensureBucket() {
		try {
			this.s3.headBucket(request -> request.bucket(this.bucket));
		}
		catch (NoSuchBucketException ex) {
			log.info("Creating the S3 bucket {} for LiLIMS files", this.bucket);
			this.s3.createBucket(request -> request.bucket(this.bucket));
		}
		catch (S3Exception ex) {
			if (ex.statusCode() != 404) {
				throw ex;
			}
			log.info("Creating the S3 bucket {} for LiLIMS files", this.bucket);
			this.s3.createBucket(request -> request.bucket(this.bucket));
		}
		return this;
	}

	@Override
	public WrittenBlob write(InputStream content, @Nullable String expectedSha256) {
		try {
			Files.createDirectories(this.spoolDir);
			Path spool = this.spoolDir.resolve(".s3-upload-" + UUID.randomUUID() + ".part");
			try {
				WrittenBlob blob = LocalBlobStore.copy(content, spool).verified(expectedSha256);
				if (!blob.isEmpty() && head(blob.sha256()) == null) {
					this.s3.putObject(request -> request.bucket(this.bucket).key(key(blob.sha256())),
							RequestBody.fromFile(spool));
				}
				return blob;
			}
			finally {
				Files.deleteIfExists(spool);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the file: " + ex.getMessage(), ex);
		}
	}

	@Override
	public Resource read(String sha256) {
		return new ObjectResource(sha256);
	}

	private HeadObjectResponse head(String sha256) {
		try {
			return this.s3.headObject(request -> request.bucket(this.bucket).key(key(sha256)));
		}
		catch (NoSuchKeyException ex) {
			return null;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return null;
			}
			throw ex;
		}
	}

	static String key(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return "blobs/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
	}

	/** One object, read lazily; {@link #exists()} asks the bucket. */
	private final class ObjectResource extends AbstractResource {

		private final String sha256;

		ObjectResource(String sha256) {
			this.sha256 = sha256;
		}

		@Override
		public boolean exists() {
			return head(this.sha256) != null;
		}

		@Override
		public long contentLength() throws IOException {
			HeadObjectResponse head = head(this.sha256);
			if (head == null) {
				throw new IOException("No object for " + this.sha256);
			}
			return head.contentLength();
		}

		@Override
		public InputStream getInputStream() throws IOException {
			try {
				return S3BlobStore.this.s3.getObject(request -> request.bucket(S3BlobStore.this.bucket)
					.key(key(this.sha256)));
			}
			catch (NoSuchKeyException ex) {
				throw new IOException("No object for " + this.sha256, ex);
			}
		}

		@Override
		public String getDescription() {
			return "S3 object s3://" + S3BlobStore.this.bucket + "/" + key(this.sha256);
		}

	}

}
