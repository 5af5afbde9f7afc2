package org.lilims.instrument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared fixture set and its ORACLE.tsv: {@code ../shared/fixtures/instrument-data} from the project, or the
 * directory named by the system property {@code lilims.fixtures.dir} or the environment variable
 * {@code LILIMS_FIXTURES_DIR}. Tests using it are skipped where it is absent.
 */
public final class SharedFixtures {

	private SharedFixtures() {
	}

	/** The set's directory; skips the calling test when there is none. */
	public static Path directory() {
		String configured = System.getProperty("lilims.fixtures.dir", System.getenv("LILIMS_FIXTURES_DIR"));
		Path fixtures = (configured != null) ? Path.of(configured) : Path.of("../shared/fixtures/instrument-data");
		assumeTrue(Files.isRegularFile(fixtures.resolve("ORACLE.tsv")),
				"no shared fixture set at " + fixtures.toAbsolutePath() + " (set -Dlilims.fixtures.dir)");
		return fixtures;
	}

	/** The oracle's lines (without the header) whose path matches, split on tabs. */
	static List<String[]> oracle(Path fixtures, Predicate<String> path) throws IOException {
		return Files.readAllLines(fixtures.resolve("ORACLE.tsv"))
			.stream()
			.skip(1)
			.map(line -> line.split("\t"))
			.filter(cells -> path.test(cells[0]))
			.toList();
	}

	/** The regular files under {@code folder}, sorted. */
	public static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}

	/** Runs the parse command on the file and asserts it succeeds. */
	static void assertParseCommandSucceeds(Path file) {
		parseCommandJson(file);
	}

	/** Runs {@code parse FILE --json}, asserts it succeeds and returns what it printed. */
	static JsonNode parseCommandJson(Path file) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = ParseCommand.run(new String[] { file.toString(), "--json" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).as(file + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
		return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
	}

	/** The ORACLE.tsv lines of files under {@code folder} (e.g. {@code biologic/}), split into cells. */
	static List<String[]> oracle(Path fixtures, String folder) throws IOException {
		return oracle(fixtures, path -> path.startsWith(folder));
	}

	/** A warning without its place in the file: {@code "... (first at line 77)"} gives {@code "..."}. */
	static String withoutPlace(String warning) {
		int place = warning.indexOf(" (");
		return (place < 0) ? warning : warning.substring(0, place);
	}

}
