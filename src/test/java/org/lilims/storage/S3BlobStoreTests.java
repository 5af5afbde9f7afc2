package org.lilims.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lilims.shared.InvalidInputException;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The S3 backend against a real S3 API server.
 */
class S3BlobStoreTests {

	@TempDir
	Path spool;

	private S3Client client;

	private S3BlobStore store;

	private String bucket;

	@BeforeEach
	void bucket() throws Exception {
		this.bucket = "lilims-" + System.nanoTime();
		this.client = StorageConfiguration.s3Client(S3TestServer.settings(this.bucket));
		this.store = new S3BlobStore(this.client, this.bucket, this.spool).ensureBucket();
	}

	@Test
	void storesUnderTheHashAndReadsBack() throws Exception {
		byte[] content = "Rec#\tCyc#\tStep\n1\t0\t1\n".getBytes(StandardCharsets.UTF_8);
		BlobStore.WrittenBlob blob = this.store.write(new ByteArrayInputStream(content));
		assertThat(blob.sha256()).isEqualTo(sha256(content));
		assertThat(blob.sizeBytes()).isEqualTo(content.length);
		Resource resource = this.store.read(blob.sha256());
		assertThat(resource.exists()).isTrue();
		assertThat(resource.contentLength()).isEqualTo(content.length);
		try (InputStream in = resource.getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThat(this.client.listObjectsV2(request -> request.bucket(this.bucket)).contents())
			.extracting(object -> object.key())
			.containsExactly(S3BlobStore.key(blob.sha256()));
	}

	@Test
	void sameBytesTwiceAreOneObject() throws Exception {
		byte[] content = new byte[3 * 1024 * 1024];
		new Random(42).nextBytes(content);
		String first = this.store.write(new ByteArrayInputStream(content)).sha256();
		String second = this.store.write(new ByteArrayInputStream(content)).sha256();
		assertThat(second).isEqualTo(first);
		assertThat(this.client.listObjectsV2(request -> request.bucket(this.bucket)).keyCount()).isEqualTo(1);
		assertThat(spoolFiles()).as("spool emptied").isZero();
	}

	@Test
	void unknownHashDoesNotExist() {
		assertThat(this.store.read("0".repeat(64)).exists()).isFalse();
	}

	@Test
	void brokenUploadLeavesNoObjectAndNoSpoolFile() throws Exception {
		InputStream breaksMidway = new InputStream() {
			private int sent;

			@Override
			public int read() throws IOException {
				if (this.sent++ > 100_000) {
					throw new IOException("connection reset");
				}
				return 'x';
			}
		};
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> this.store.write(breaksMidway));
		assertThat(this.client.listObjectsV2(request -> request.bucket(this.bucket)).keyCount()).isZero();
		assertThat(spoolFiles()).isZero();
	}

	@Test
	void contentNotMatchingTheExpectedSha256LeavesNoObjectAndNoSpoolFile() throws Exception {
		byte[] content = "Rec#\tCyc#\n1\t0\n".getBytes(StandardCharsets.UTF_8);
		String declared = sha256("Rec#\tCyc#\n1\t0\n2\t0\n".getBytes(StandardCharsets.UTF_8));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.store.write(new ByteArrayInputStream(content), declared))
			.withMessageContaining(declared)
			.withMessageContaining(sha256(content));
		assertThat(this.client.listObjectsV2(request -> request.bucket(this.bucket)).keyCount()).isZero();
		assertThat(spoolFiles()).isZero();
	}

	private long spoolFiles() throws IOException {
		try (var files = Files.list(this.spool)) {
			return files.count();
		}
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
