package org.lilims.instrument;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Every MACCOR value of the shared fixture set's ORACLE.tsv, read from the oracle itself. Runs where the set exists:
 * {@code ../shared/fixtures/instrument-data} from the project, or the directory named by the system property
 * {@code lilims.fixtures.dir} or the environment variable {@code LILIMS_FIXTURES_DIR}.
 */
class MaccorFixturesTests {

	private static Path fixtures;

	@BeforeAll
	static void findFixtures() {
		fixtures = SharedFixtures.directory();
	}

	@TestFactory
	Stream<DynamicTest> matchesEveryMaccorLineOfTheOracle() throws IOException {
		List<String[]> lines = SharedFixtures.oracle(fixtures, "maccor/");
		assertThat(lines).hasSizeGreaterThanOrEqualTo(19);
		return lines.stream()
			.map(cells -> DynamicTest.dynamicTest(cells[0] + ": " + cells[1],
					() -> check(cells[0], cells[1], cells[2], cells[3])));
	}

	@Test
	void theParseCommandSucceedsOnEveryMaccorFixture() throws IOException {
		List<Path> files = SharedFixtures.files(fixtures.resolve("maccor"));
		assertThat(files).hasSizeGreaterThanOrEqualTo(8);
		files.forEach(SharedFixtures::assertParseCommandSucceeds);
	}

	private static void check(String path, String quantity, String expected, String tolerance) throws IOException {
		Path file = fixtures.resolve(path);
		if (quantity.startsWith("reading .001 then .002")) {
			Path first = file.resolveSibling("maccor_example.001");
			assertThat(TestParts.inOrder(List.of(first, file))).extracting(TestParts.Part::fileNumber)
				.containsExactly(0, Integer.parseInt(expected.split(" / ")[0]));
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> TestParts.inOrder(List.of(file, first)))
				.withMessageContaining("not in correct order");
			return;
		}
		Parsed parsed = Parsed.file(file);
		if (quantity.equals("number of data rows")) {
			assertThat(parsed.rows).hasSize(Integer.parseInt(expected));
		}
		else if (quantity.equals("distinct State codes")) {
			Set<String> states = parsed.rows.stream()
				.map(TimeSeriesRow::state)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			assertThat(states).containsExactlyInAnyOrderElementsOf(Arrays.asList(expected.split(",")));
		}
		else if (quantity.startsWith("parses as MACCOR EIS")) {
			assertThat(parsed.format).isEqualTo(InstrumentFormat.MACCOR_EIS);
			assertThat(parsed.points).hasSize(60).allSatisfy(point -> {
				assertThat(point.frequencyHertz()).isPositive();
				assertThat(point.magnitudeOhms()).isCloseTo(Math.hypot(point.realOhms(), point.imaginaryOhms()),
						within(1e-3 * point.magnitudeOhms()));
			});
		}
		else if (quantity.startsWith("first frequency")) {
			double first = parsed.points.get(0).frequencyHertz();
			assertThat(first).isCloseTo(Double.parseDouble(expected), within(Double.parseDouble(expected) * 1e-6));
		}
		else if (quantity.startsWith("channel id")) {
			assertThat(parsed.metadata().channel()).isEqualTo(Integer.parseInt(expected));
		}
		else if (quantity.equals("Cyc# of all rows")) {
			assertThat(parsed.rows).isNotEmpty()
				.allSatisfy(row -> assertThat(row.cycle()).isEqualTo(Integer.parseInt(expected)));
		}
		else if (quantity.startsWith("cycle 1 discharge capacity")) {
			assertThat(cycle(parsed, 1).dischargeCapacityAmpHours()).isCloseTo(Double.parseDouble(expected),
					within(Double.parseDouble(tolerance)));
		}
		else if (quantity.startsWith("cycle 1 charge capacity")) {
			assertThat(cycle(parsed, 1).chargeCapacityAmpHours()).isCloseTo(Double.parseDouble(expected),
					within(Double.parseDouble(tolerance)));
		}
		else if (quantity.equals("number of data rows / max Cyc#")) {
			String[] values = expected.split(" / ");
			assertThat(parsed.rows).hasSize(Integer.parseInt(values[0]));
			assertThat(parsed.rows.stream().mapToInt(TimeSeriesRow::cycle).max().orElseThrow())
				.isEqualTo(Integer.parseInt(values[1]));
		}
		else if (quantity.startsWith("month of first timestamp")) {
			assertThat(parsed.rows.get(0).timestamp()).isNotNull();
			assertThat(parsed.rows.get(0).timestamp().getMonthValue()).isEqualTo(Integer.parseInt(expected));
		}
		else if (quantity.equals("test start datetime")) {
			assertThat(parsed.metadata().startTime()).isEqualTo(LocalDateTime.parse(expected));
		}
		else if (quantity.equals("max Amp-hr in State D (Ah)")) {
			double max = parsed.rows.stream()
				.mapToDouble(TimeSeriesRow::dischargeCapacityAmpHours)
				.filter(value -> !Double.isNaN(value))
				.max()
				.orElseThrow();
			assertThat(max).isCloseTo(Double.parseDouble(expected), within(Double.parseDouble(tolerance)));
			assertThat(parsed.cycles.cycles()).extracting(CycleCapacity::dischargeCapacityAmpHours).contains(max);
		}
		else {
			throw new AssertionError("ORACLE quantity without a check: " + quantity);
		}
	}

	private static CycleCapacity cycle(Parsed parsed, int number) {
		return parsed.cycles.cycles()
			.stream()
			.filter(c -> c.cycle() == number)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cycle " + number));
	}

}
