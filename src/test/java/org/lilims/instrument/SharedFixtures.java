package org.lilims.instrument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared fixture set: {@code ../shared/fixtures/instrument-data} from the project, or the directory named by the
 * system property {@code lilims.fixtures.dir} or the environment variable {@code LILIMS_FIXTURES_DIR}. Tests using it
 * are skipped where it does not exist.
 */
final class SharedFixtures {

	private SharedFixtures() {
	}

	/** The set's directory; skips the calling test when there is none. */
	static Path directory() {
		String configured = System.getProperty("lilims.fixtures.dir", System.getenv("LILIMS_FIXTURES_DIR"));
		Path fixtures = (configured != null) ? Path.of(configured) : Path.of("../shared/fixtures/instrument-data");
		assumeTrue(Files.isRegularFile(fixtures.resolve("ORACLE.tsv")),
				"no shared fixture set at " + fixtures.toAbsolutePath() + " (set -Dlilims.fixtures.dir)");
		return fixtures;
	}

	/** The ORACLE.tsv lines of files under {@code folder} (e.g. {@code maccor/}), split into cells. */
	static List<String[]> oracle(Path fixtures, String folder) throws IOException {
		return Files.readAllLines(fixtures.resolve("ORACLE.tsv"))
			.stream()
			.skip(1)
			.map(line -> line.split("\t"))
			.filter(cells -> cells[0].startsWith(folder))
			.toList();
	}

	/** A warning without its place in the file: {@code "... (first at line 77)"} gives {@code "..."}. */
	static String withoutPlace(String warning) {
		int place = warning.indexOf(" (");
		return (place < 0) ? warning : warning.substring(0, place);
	}

}
