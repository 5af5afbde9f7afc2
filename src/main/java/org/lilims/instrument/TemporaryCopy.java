package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stream copied to a temporary file (owner-only), for readers that need random access (Jackcess, {@code ZipFile});
 * deleted on close.
 */
final class TemporaryCopy implements AutoCloseable {

	private final Path path;

	private TemporaryCopy(Path path) {
		this.path = path;
	}

	/**
	 * Copies {@code in} to its end.
	 * @param maxBytes the largest copy; beyond it a {@link ParseException} on line 1 says {@code tooLarge}
	 */
	static TemporaryCopy of(InputStream in, String suffix, long maxBytes, String tooLarge) throws IOException {
		TemporaryCopy copy = new TemporaryCopy(Files.createTempFile("lilims-", suffix));
		try {
			byte[] buffer = new byte[1 << 16];
			long total = 0;
			try (OutputStream out = Files.newOutputStream(copy.path)) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					total += read;
					if (total > maxBytes) {
						throw new ParseException(1, tooLarge);
					}
					out.write(buffer, 0, read);
				}
			}
			return copy;
		}
		catch (IOException | RuntimeException ex) {
			copy.close();
			throw ex;
		}
	}

	Path path() {
		return this.path;
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(this.path);
	}

}
