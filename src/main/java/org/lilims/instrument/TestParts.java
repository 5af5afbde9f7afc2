package org.lilims.instrument;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One test exported in several files ({@code .001}, {@code .002}, ...), read as one data set in the given order.
 */
public final class TestParts {

	private TestParts() {
	}

	/**
	 * One file of a test.
	 *
	 * @param file the file
	 * @param fileNumber 0 for the first file, 1 for the next, ...
	 * @param rows its data rows
	 * @param firstTimestamp its first wall-clock time
	 * @param lastTimestamp its last wall-clock time
	 */
	public record Part(Path file, int fileNumber, long rows, @Nullable LocalDateTime firstTimestamp,
			@Nullable LocalDateTime lastTimestamp) {
	}

	/**
	 * Parses the files and checks that each starts no earlier than the previous one ends.
	 * @throws IllegalArgumentException naming the two files when they are not in chronological order
	 * @throws ParseException when a file cannot be parsed
	 */
	public static List<Part> inOrder(List<Path> files) throws IOException {
		List<Part> parts = new ArrayList<>();
		for (Path file : files) {
			FileSummary summary = new FileSummary();
			InstrumentParsers.parse(file, summary);
			Part part = new Part(file, parts.size(), summary.rows, summary.firstTimestamp, summary.lastTimestamp);
			if (!parts.isEmpty()) {
				Part previous = parts.get(parts.size() - 1);
				if (previous.lastTimestamp() != null && part.firstTimestamp() != null
						&& part.firstTimestamp().isBefore(previous.lastTimestamp())) {
					throw new IllegalArgumentException("files not in correct order: " + file.getFileName()
							+ " starts at " + part.firstTimestamp() + ", before " + previous.file().getFileName()
							+ " ends at " + previous.lastTimestamp());
				}
			}
			parts.add(part);
		}
		return parts;
	}

}
