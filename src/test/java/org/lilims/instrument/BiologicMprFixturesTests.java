package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every BioLogic {@code .mpr} line of the shared fixture set's ORACLE.tsv: each numeric column read from the binary
 * file equals the same column of the paired text export (rtol 1e-5, atol 1e-8, the binary holding float32), and the
 * row counts of the files without a pair. Skipped where the set is absent.
 */
class BiologicMprFixturesTests {

	private static Path fixtures;

	@BeforeAll
	static void findFixtures() {
		fixtures = SharedFixtures.directory();
	}

	@TestFactory
	Stream<DynamicTest> matchesEveryBiologicBinaryLineOfTheOracle() throws IOException {
		List<String[]> lines = SharedFixtures.oracle(fixtures, "biologic/")
			.stream()
			.filter(cells -> cells[0].endsWith(".mpr"))
			.toList();
		assertThat(lines).hasSizeGreaterThanOrEqualTo(13);
		return lines.stream()
			.map(cells -> DynamicTest.dynamicTest(cells[0] + ": " + cells[1], () -> check(cells[0], cells[1], cells[2])));
	}

	/** Through {@code InstrumentParsers} and the parse command, whose {@code rows} are the file's records. */
	@Test
	void everyBinaryFixtureParses() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(fixtures.resolve("biologic"))) {
			files = walk.filter(file -> file.toString().endsWith(".mpr")).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThanOrEqualTo(13);
		for (Path file : files) {
			FileSummary summary = new FileSummary();
			assertThat(InstrumentParsers.parse(file, summary)).as(file.toString())
				.isEqualTo(InstrumentFormat.BIOLOGIC_MPR);
			JsonNode json = SharedFixtures.parseCommandJson(file);
			assertThat(json.get("format").asString()).isEqualTo("BIOLOGIC_MPR");
			assertThat(json.get("rows").asLong()).as(file.toString()).isEqualTo(records(file));
			assertThat(json.get("metadata").get("procedure").asString()).as(file.toString()).isNotBlank();
		}
	}

	private static long records(Path binary) throws IOException {
		try (InputStream in = Files.newInputStream(binary)) {
			return new BiologicMprReader(in).points();
		}
	}

	private static void check(String path, String quantity, String expected) throws IOException {
		Path file = fixtures.resolve(path);
		if (quantity.startsWith("every numeric column parsed from .mpr equals")) {
			Path text = file.resolveSibling(file.getFileName().toString().replace(".mpr", ".mpt"));
			assertEqualColumns(file, text);
			assertEqualRowsAndPoints(Parsed.file(file), Parsed.file(text));
		}
		else if (quantity.startsWith("number of data rows")) {
			assertThat(Parsed.file(file).rows).hasSize(Integer.parseInt(expected));
		}
		else {
			throw new AssertionError("ORACLE quantity without a check: " + quantity);
		}
	}

	private static void assertEqualColumns(Path binary, Path text) throws IOException {
		TextColumns export = TextColumns.read(text);
		try (InputStream in = Files.newInputStream(binary)) {
			BiologicMprReader reader = new BiologicMprReader(in);
			List<String> names = reader.names();
			int[] textColumn = new int[names.size()];
			for (int i = 0; i < names.size(); i++) {
				textColumn[i] = export.names.indexOf(names.get(i));
				assertThat(textColumn[i]).as("column %s of %s in %s", names.get(i), binary, export.names)
					.isNotNegative();
			}
			assertThat(reader.points()).isEqualTo(export.rows.size());
			double[] values = new double[names.size()];
			int row = 0;
			while (reader.next(values)) {
				double[] expected = export.rows.get(row);
				for (int i = 0; i < names.size(); i++) {
					double want = expected[textColumn[i]];
					if (Math.abs(values[i] - want) > 1e-8 + 1e-5 * Math.abs(want)) {
						fail("%s record %d column %s: %s, text has %s", binary, row + 1, names.get(i), values[i], want);
					}
				}
				row++;
			}
			assertThat(row).isEqualTo(export.rows.size());
		}
	}

	/**
	 * The metadata, the normalised rows and points and the capacities per cycle. The binary file has no cycle number
	 * column where the text export has one: its cycles come from the half cycles. GCPL binary files of EC-Lab 11.50
	 * have no current column either: their current is derived from {@code dq/mA.h} like the text export's
	 * {@code <I>/mA}.
	 */
	private static void assertEqualRowsAndPoints(Parsed binary, Parsed text) {
		assertThat(binary.rows).hasSameSizeAs(text.rows);
		assertThat(binary.points).hasSameSizeAs(text.points);
		assertThat(text.metadata().startTime()).isNotNull();
		assertThat(binary.metadata().startTime()).as("start time from the LOG module")
			.isCloseTo(text.metadata().startTime(), within(1, ChronoUnit.SECONDS));
		assertThat(Arrays.asList(text.metadata().procedure(), text.metadata().channel(),
				text.metadata().sourceFileName())).doesNotContainNull();
		assertThat(Arrays.asList(binary.metadata().procedure(), binary.metadata().comment(),
				binary.metadata().channel()))
			.as("technique, comments and channel from the settings and LOG modules")
			.isEqualTo(Arrays.asList(text.metadata().procedure(), text.metadata().comment(),
					text.metadata().channel()));
		// the text export records the file name only
		assertThat(binary.metadata().sourceFileName()).endsWith(text.metadata().sourceFileName());
		assertThat(binary.droppedRows).isEqualTo(text.droppedRows);
		assertThat(binary.warnings).extracting(SharedFixtures::withoutPlace)
			.isEqualTo(text.warnings.stream().map(SharedFixtures::withoutPlace).toList());
		for (int i = 0; i < binary.rows.size(); i++) {
			TimeSeriesRow b = binary.rows.get(i);
			TimeSeriesRow t = text.rows.get(i);
			assertThat(List.of(b.cycle(), b.step(), b.state(), b.kind()))
				.as("row %d: cycle, step, mode and kind", i + 1)
				.isEqualTo(List.of(t.cycle(), t.step(), t.state(), t.kind()));
			assertClose(new double[] { b.testTimeSeconds(), b.currentAmperes(),
					b.voltageVolts(), b.chargeCapacityAmpHours(), b.dischargeCapacityAmpHours() },
					new double[] { t.testTimeSeconds(), t.currentAmperes(), t.voltageVolts(),
							t.chargeCapacityAmpHours(), t.dischargeCapacityAmpHours() }, "row " + (i + 1));
		}
		assertEqualCycles(binary.cycles.cycles(), text.cycles.cycles());
		for (int i = 0; i < binary.points.size(); i++) {
			ImpedancePoint b = binary.points.get(i);
			ImpedancePoint t = text.points.get(i);
			assertThat(b.spectrum()).isEqualTo(t.spectrum());
			assertClose(new double[] { b.frequencyHertz(), b.realOhms(), b.imaginaryOhms(), b.magnitudeOhms(),
					b.phaseDegrees(), b.testTimeSeconds() }, new double[] { t.frequencyHertz(), t.realOhms(),
							t.imaginaryOhms(), t.magnitudeOhms(), t.phaseDegrees(), t.testTimeSeconds() },
					"point " + (i + 1));
		}
	}

	private static void assertEqualCycles(List<CycleCapacity> binary, List<CycleCapacity> text) {
		assertThat(binary).extracting(CycleCapacity::cycle, CycleCapacity::derived)
			.isEqualTo(text.stream().map(c -> tuple(c.cycle(), c.derived())).toList());
		for (int i = 0; i < binary.size(); i++) {
			assertClose(new double[] { binary.get(i).chargeCapacityAmpHours(), binary.get(i).dischargeCapacityAmpHours() },
					new double[] { text.get(i).chargeCapacityAmpHours(), text.get(i).dischargeCapacityAmpHours() },
					"cycle " + text.get(i).cycle() + " charge and discharge capacity");
		}
	}

	private static void assertClose(double[] actual, double[] expected, String what) {
		for (int i = 0; i < actual.length; i++) {
			boolean bothMissing = Double.isNaN(actual[i]) && Double.isNaN(expected[i]);
			if (!bothMissing && !(Math.abs(actual[i] - expected[i]) <= 1e-8 + 1e-5 * Math.abs(expected[i]))) {
				fail("%s value %d: %s, text gives %s", what, i, actual[i], expected[i]);
			}
		}
	}

	/** A text export read plainly, independently of the parser: names and every cell as a number. */
	private record TextColumns(List<String> names, List<double[]> rows) {

		static TextColumns read(Path file) throws IOException {
			List<String> lines = Files.readAllLines(file, BiologicMptParser.WINDOWS_1252);
			int header = Integer.parseInt(lines.get(1).replaceAll("\\D", ""));
			List<String> names = List.of(lines.get(header - 1).strip().split("\t"));
			List<double[]> rows = new ArrayList<>();
			for (String line : lines.subList(header, lines.size())) {
				if (!line.isBlank()) {
					rows.add(Stream.of(line.split("\t")).mapToDouble(cell -> Double.parseDouble(cell.replace(',', '.'))).toArray());
				}
			}
			return new TextColumns(names, rows);
		}

	}

}
