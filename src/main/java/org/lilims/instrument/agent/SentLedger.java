package org.lilims.instrument.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers which version of each file was delivered, in an append-only tab-separated file (relative path, size,
 * modification time in ms, SHA-256), so a restarted agent does not send everything again. The last line for a path
 * wins.
 */
final class SentLedger {

	private final Path file;

	private final Map<String, Version> delivered = new HashMap<>();

	SentLedger(Path file) {
		this.file = file;
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			if (Files.exists(file)) {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					String[] cells = line.split("\t");
					if (cells.length == 4) {
						this.delivered.put(cells[0],
								new Version(Long.parseLong(cells[1]), Long.parseLong(cells[2]), cells[3]));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the agent's ledger " + file, ex);
		}
	}

	boolean isDelivered(String relativePath, long sizeBytes, long modifiedMillis) {
		Version version = this.delivered.get(relativePath);
		return version != null && version.sizeBytes() == sizeBytes && version.modifiedMillis() == modifiedMillis;
	}

	boolean hasContent(String relativePath, String sha256) {
		Version version = this.delivered.get(relativePath);
		return version != null && version.sha256().equals(sha256);
	}

	void record(String relativePath, long sizeBytes, long modifiedMillis, String sha256) {
		Version version = new Version(sizeBytes, modifiedMillis, sha256);
		String line = String.join("\t", List.of(relativePath.replace('\t', ' '), Long.toString(sizeBytes),
				Long.toString(modifiedMillis), sha256)) + "\n";
		try {
			Files.writeString(this.file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND, StandardOpenOption.SYNC);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the agent's ledger " + this.file, ex);
		}
		this.delivered.put(relativePath, version);
	}

	private record Version(long sizeBytes, long modifiedMillis, String sha256) {
	}

}
