package org.lilims.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lilims.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LocalBlobStoreTests {

	// SHA-256 of "hello\n", as printed by sha256sum
	private static final String HELLO_SHA256 = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";

	@TempDir
	Path root;

	@Test
	void keepsContentUnderItsHashPrefix() throws IOException {
		BlobStore.WrittenBlob blob = new LocalBlobStore(this.root).write(stream("hello\n"));
		assertThat(blob.sha256()).isEqualTo(HELLO_SHA256);
		assertThat(blob.sizeBytes()).isEqualTo(6);
		Path expected = this.root.resolve("58").resolve("91").resolve(HELLO_SHA256);
		assertThat(expected).hasContent("hello");
		assertThat(regularFiles()).containsExactly(expected);
	}

	@Test
	void sameBytesTwiceAreKeptOnce() throws IOException {
		LocalBlobStore store = new LocalBlobStore(this.root);
		store.write(stream("hello\n"));
		store.write(stream("hello\n"));
		assertThat(regularFiles()).hasSize(1);
	}

	@Test
	void interruptedWriteLeavesNoFileBehind() throws IOException {
		LocalBlobStore store = new LocalBlobStore(this.root);
		InputStream failing = new InputStream() {

			private long remaining = 300_000;

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return (read(one, 0, 1) == -1) ? -1 : one[0];
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				if (this.remaining <= 0) {
					throw new IOException("connection reset by peer");
				}
				int served = (int) Math.min(length, this.remaining);
				java.util.Arrays.fill(buffer, offset, offset + served, (byte) 'x');
				this.remaining -= served;
				return served;
			}

		};
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> store.write(failing))
			.withMessageContaining("connection reset by peer");
		assertThat(regularFiles()).isEmpty();
	}

	@Test
	void contentNotMatchingTheExpectedSha256LeavesNoFileBehind() throws IOException {
		LocalBlobStore store = new LocalBlobStore(this.root);
		String declared = "0".repeat(64);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> store.write(stream("hello\n"), declared))
			.withMessageContaining(declared)
			.withMessageContaining(HELLO_SHA256);
		assertThat(regularFiles()).isEmpty();
	}

	@Test
	void contentMatchingTheExpectedSha256InEitherCaseIsKept() throws IOException {
		LocalBlobStore store = new LocalBlobStore(this.root);
		store.write(stream("hello\n"), HELLO_SHA256.toUpperCase(java.util.Locale.ROOT));
		assertThat(regularFiles()).containsExactly(store.pathOf(HELLO_SHA256));
	}

	@Test
	void emptyContentIsNotKept() throws IOException {
		BlobStore.WrittenBlob blob = new LocalBlobStore(this.root).write(stream(""));
		assertThat(blob.isEmpty()).isTrue();
		assertThat(regularFiles()).isEmpty();
	}

	@Test
	void readsBackWhatItKept() throws IOException {
		LocalBlobStore store = new LocalBlobStore(this.root);
		store.write(stream("hello\n"));
		try (InputStream in = store.read(HELLO_SHA256).getInputStream()) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello\n");
		}
		assertThat(store.read("0".repeat(64)).exists()).isFalse();
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private List<Path> regularFiles() throws IOException {
		try (Stream<Path> files = Files.walk(this.root)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

}
