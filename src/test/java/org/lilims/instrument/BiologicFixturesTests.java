package org.lilims.instrument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every BioLogic {@code .mpt} value of the shared fixture set's ORACLE.tsv, read from the oracle itself. Runs where
 * the set exists, found like {@link MaccorFixturesTests}.
 */
class BiologicFixturesTests {

	private static Path fixtures;

	@BeforeAll
	static void findFixtures() {
		fixtures = SharedFixtures.directory();
	}

	@TestFactory
	Stream<DynamicTest> matchesEveryBiologicTextLineOfTheOracle() throws IOException {
		List<String[]> lines = SharedFixtures.oracle(fixtures, "biologic/")
			.stream()
			.filter(cells -> cells[0].endsWith(".mpt"))
			.toList();
		assertThat(lines).hasSizeGreaterThanOrEqualTo(19);
		return lines.stream()
			.map(cells -> DynamicTest.dynamicTest(cells[0] + ": " + cells[1],
					() -> check(cells[0], cells[1], cells[2])));
	}

	/** Through {@code InstrumentParsers} and the parse command, whose {@code rows} are the file's data lines. */
	@Test
	void everyTextFixtureParses() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(fixtures.resolve("biologic"))) {
			files = walk.filter(file -> file.toString().endsWith(".mpt")).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThanOrEqualTo(15);
		for (Path file : files) {
			FileSummary summary = new FileSummary();
			assertThat(InstrumentParsers.parse(file, summary)).as(file.toString())
				.isEqualTo(InstrumentFormat.BIOLOGIC_MPT);
			assertThat(summary.metadata).as(file.toString()).isNotNull();
			JsonNode json = SharedFixtures.parseCommandJson(file);
			assertThat(json.get("format").asString()).isEqualTo("BIOLOGIC_MPT");
			assertThat(json.get("rows").asLong()).as(file.toString()).isEqualTo(dataLines(file));
		}
	}

	/** The non-blank lines after the header, counted plainly. */
	private static long dataLines(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, BiologicMptParser.WINDOWS_1252);
		int header = Integer.parseInt(lines.get(1).replaceAll("\\D", ""));
		return lines.subList(header, lines.size()).stream().filter(line -> !line.isBlank()).count();
	}

	private static void check(String path, String quantity, String expected) {
		Parsed parsed = Parsed.file(fixtures.resolve(path));
		String[] values = expected.split(" / ");
		switch (path.substring(path.lastIndexOf('/') + 1) + " " + quantity) {
			case "peis.mpt number of data rows / first freq / last freq (Hz)" -> {
				assertThat(parsed.points).hasSize(Integer.parseInt(values[0]));
				assertThat(parsed.points.get(0).frequencyHertz()).isEqualTo(Double.parseDouble(values[1]));
				assertThat(parsed.points.get(parsed.points.size() - 1).frequencyHertz())
					.isEqualTo(Double.parseDouble(values[2]));
			}
			case "peis.mpt first point Re(Z) / -Im(Z) (Ohm)" -> {
				assertThat(parsed.points.get(0).realOhms()).isCloseTo(Double.parseDouble(values[0]), within(1e-5));
				assertThat(-parsed.points.get(0).imaginaryOhms()).isCloseTo(Double.parseDouble(values[1]),
						within(1e-6));
			}
			case "geis.mpt rows / max cycle number / rows with freq=0" -> {
				int dropped = Integer.parseInt(values[2]);
				JsonNode json = SharedFixtures.parseCommandJson(fixtures.resolve(path));
				assertThat(json.get("rows").asLong()).isEqualTo(Long.parseLong(values[0]));
				assertThat(json.get("droppedRows").asLong()).isEqualTo(dropped);
				assertThat(parsed.droppedRows).isEqualTo(dropped);
				assertThat(parsed.points).hasSize(Integer.parseInt(values[0]) - dropped);
				assertThat(parsed.points.stream().mapToInt(ImpedancePoint::spectrum).max().orElseThrow())
					.isEqualTo(Integer.parseInt(values[1]));
				assertThat(parsed.warnings).singleElement()
					.asString()
					.contains("dropped " + dropped + " rows with freq/Hz = 0");
			}
			case "gcpl.issue_149.mpt parsed with decimal comma: first Ewe/V" ->
				assertThat(parsed.rows.get(0).voltageVolts()).isCloseTo(Double.parseDouble(expected), within(1e-7));
			case "gcpl.issue_149.mpt rows / max cycle number / max half cycle" -> {
				assertThat(parsed.rows).hasSize(Integer.parseInt(values[0]));
				assertThat(maxCycle(parsed)).isEqualTo(Integer.parseInt(values[1]));
				assertThat(max(parsed, row -> Double.parseDouble(row.extras().get("half cycle"))))
					.isEqualTo(Double.parseDouble(values[2]));
			}
			case "mb.issue_95.de.mpt parsed (de_DE) equals mb.issue_95.mpt parsed (en_US)" -> {
				Parsed english = Parsed.file(fixtures.resolve(path.replace(".de.mpt", ".mpt")));
				assertThat(parsed.rows).hasSize(33);
				assertThat(comparable(parsed)).isEqualTo(comparable(english));
				assertThat(parsed.metadata()).isEqualTo(english.metadata());
			}
			case "wait.old.mpt parses equal to wait.mpt (old vs new EC-Lab header)" -> {
				Parsed current = Parsed.file(fixtures.resolve(path.replace(".old.mpt", ".mpt")));
				assertThat(comparable(parsed)).isEqualTo(comparable(current)).isEmpty();
				assertThat(parsed.metadata().startTime()).isEqualTo(current.metadata().startTime()).isNotNull();
				assertThat(parsed.metadata().procedure()).isEqualTo(current.metadata().procedure()).isEqualTo("Wait");
			}
			case "wait.mpt number of data rows" -> assertThat(parsed.rows).hasSize(Integer.parseInt(expected));
			case "ocv.mpt rows / last time/s" -> {
				assertThat(parsed.rows).hasSize(Integer.parseInt(values[0]));
				assertThat(parsed.rows.get(parsed.rows.size() - 1).testTimeSeconds())
					.isCloseTo(Double.parseDouble(values[1]), within(1e-6));
			}
			case "zir.mpt freq / Re(Z) / -Im(Z)" -> {
				assertThat(parsed.points).singleElement().satisfies(point -> {
					assertThat(point.frequencyHertz()).isEqualTo(Double.parseDouble(values[0]));
					assertThat(point.realOhms()).isEqualTo(Double.parseDouble(values[1]));
					assertThat(point.imaginaryOhms()).isEqualTo(-Double.parseDouble(values[2]));
				});
			}
			case "cp.mpt rows / max Q discharge (mA.h)" -> {
				assertThat(parsed.rows).hasSize(Integer.parseInt(values[0]));
				assertThat(max(parsed, TimeSeriesRow::dischargeCapacityAmpHours) * 1000)
					.isCloseTo(Double.parseDouble(values[1]), within(1e-6));
			}
			case "exampleDataBioLogic.mpt frequencies (43 values) first/last" -> {
				assertThat(parsed.points).hasSize(43);
				assertThat(parsed.points.get(0).frequencyHertz()).isEqualTo(Double.parseDouble(values[0]));
				assertThat(parsed.points.get(42).frequencyHertz()).isEqualTo(Double.parseDouble(values[1]));
			}
			case "exampleDataBioLogic.mpt complex Z first point (Re - j*(-Im))" ->
				assertComplex(parsed.points.get(0), expected);
			case "exampleDataBioLogic.mpt complex Z last point" ->
				assertComplex(parsed.points.get(parsed.points.size() - 1), expected);
			case "data.mpt 29 points equal to control spectrum: f 10000..1 Hz, Z[0]=109.00918219439-26.5556798765152j, Z[-1]=645.478700150494-90.618128307383j" -> {
				assertThat(parsed.points).hasSize(29);
				assertThat(parsed.points.get(0).frequencyHertz()).isEqualTo(10000.0);
				assertThat(parsed.points.get(28).frequencyHertz()).isEqualTo(1.0);
				// the file holds the control values to 8 digits: numpy's allclose (rtol 1e-5 besides atol 1e-8)
				assertThat(parsed.points.get(0).realOhms()).isCloseTo(109.00918219439, within(1e-5 * 109.01));
				assertThat(parsed.points.get(0).imaginaryOhms()).isCloseTo(-26.5556798765152, within(1e-5 * 26.56));
				assertThat(parsed.points.get(28).realOhms()).isCloseTo(645.478700150494, within(1e-5 * 645.48));
				assertThat(parsed.points.get(28).imaginaryOhms()).isCloseTo(-90.618128307383, within(1e-5 * 90.62));
			}
			case "ca.issue_149.mpt rows / cycle number range (decimal-comma file)" -> {
				assertThat(parsed.rows).hasSize(Integer.parseInt(values[0]));
				assertThat(parsed.rows.get(0).cycle()).isZero();
				assertThat(parsed.rows.stream().mapToInt(TimeSeriesRow::cycle).min().orElseThrow()).isZero();
				assertThat(maxCycle(parsed) + "").isEqualTo(values[1].substring(values[1].indexOf("..") + 2));
			}
			case "gcpl.issue_226.I.mpt rows / last Efficiency/%" -> {
				assertThat(parsed.rows).hasSize(Integer.parseInt(values[0]));
				assertThat(lastExtra(parsed, "Efficiency/%")).isCloseTo(Double.parseDouble(values[1]), within(1e-6));
			}
			case "lsv.issue_195.mpt rows / last time/s" -> {
				assertThat(parsed.rows).hasSize(Integer.parseInt(values[0]));
				assertThat(parsed.rows.get(parsed.rows.size() - 1).testTimeSeconds())
					.isCloseTo(Double.parseDouble(values[1]), within(1e-9));
			}
			case "mb.issue_95.mpt rows / Ns range / last Efficiency/% / max Q charge (mA.h)" -> {
				assertThat(parsed.rows).hasSize(Integer.parseInt(values[0]));
				assertThat(parsed.rows.stream().mapToInt(TimeSeriesRow::step).min().orElseThrow()).isZero();
				assertThat(parsed.rows.stream().mapToInt(TimeSeriesRow::step).max().orElseThrow()).isEqualTo(2);
				assertThat(values[1]).isEqualTo("0..2");
				assertThat(lastExtra(parsed, "Efficiency/%")).isCloseTo(Double.parseDouble(values[2]), within(1e-5));
				assertThat(max(parsed, TimeSeriesRow::chargeCapacityAmpHours) * 1000)
					.isCloseTo(Double.parseDouble(values[3]), within(1e-5));
			}
			default -> throw new AssertionError("ORACLE quantity without a check: " + path + " " + quantity);
		}
	}

	private static void assertComplex(ImpedancePoint point, String expected) {
		String[] parts = expected.replace("j", "").split(" - ");
		assertThat(point.realOhms()).isCloseTo(Double.parseDouble(parts[0]), within(1e-8));
		assertThat(point.imaginaryOhms()).isCloseTo(-Double.parseDouble(parts[1]), within(1e-8));
	}

	private static int maxCycle(Parsed parsed) {
		return parsed.rows.stream().mapToInt(TimeSeriesRow::cycle).max().orElseThrow();
	}

	private static double max(Parsed parsed, ToDoubleFunction<TimeSeriesRow> value) {
		return parsed.rows.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).max().orElseThrow();
	}

	private static double lastExtra(Parsed parsed, String column) {
		return Double.parseDouble(parsed.rows.get(parsed.rows.size() - 1).extras().get(column));
	}

	/** The rows without their line numbers (header lengths differ), extras as maps. */
	private static List<List<Object>> comparable(Parsed parsed) {
		return parsed.rows.stream()
			.map(row -> List.<Object>of(row.testTimeSeconds(), row.cycle(), row.step(), row.state(), row.kind(),
					row.currentAmperes(), row.voltageVolts(), row.chargeCapacityAmpHours(),
					row.dischargeCapacityAmpHours(), row.energyWattHours(), row.extras().asMap().toString()))
			.toList();
	}

}
