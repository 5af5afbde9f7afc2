package org.lilims.instrument;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

/**
 * Every Arbin CSV and {@code .res}, Neware CSV, {@code .nda} and {@code .ndax}, BDF CSV and plain EIS CSV value of the
 * shared fixture set's ORACLE.tsv, read from the oracle itself. Runs where the set exists, found as
 * {@link MaccorFixturesTests} finds it.
 */
class CsvFormatsFixturesTests {

	private static final String[] FOLDERS = { "arbin", "neware", "bdf", "eis_csv" };

	private static Path fixtures;

	@BeforeAll
	static void findFixtures() {
		fixtures = SharedFixtures.directory();
	}

	@TestFactory
	Stream<DynamicTest> matchesEveryCsvLineOfTheOracle() throws IOException {
		List<String[]> lines = SharedFixtures.oracle(fixtures,
				path -> Stream.of(FOLDERS).anyMatch(folder -> path.startsWith(folder + "/")));
		assertThat(lines).hasSizeGreaterThanOrEqualTo(17);
		return lines.stream()
			.map(cells -> DynamicTest.dynamicTest(cells[0] + ": " + cells[1], () -> check(cells[0], cells[1])));
	}

	@Test
	void theParseCommandSucceedsOnEveryCsvFixture() throws IOException {
		for (String folder : FOLDERS) {
			List<Path> files = SharedFixtures.files(fixtures.resolve(folder));
			assertThat(files).as(folder).isNotEmpty();
			files.forEach(SharedFixtures::assertParseCommandSucceeds);
		}
	}

	private static void check(String path, String quantity) {
		Parsed parsed = Parsed.file(fixtures.resolve(path));
		String name = path.substring(path.lastIndexOf('/') + 1);
		switch (name) {
			case "2017-05-09_test-TC-contact_CH33.csv" -> checkArbinCh33(parsed, quantity);
			case "arbin_example.csv" -> {
				assertThat(parsed.format).isEqualTo(InstrumentFormat.ARBIN_CSV);
				assertThat(parsed.rows).hasSize(2142);
				assertThat(parsed.rows).extracting(TimeSeriesRow::cycle).containsOnly(1, 2);
				assertThat(parsed.cycles.derived()).isFalse();
				assertThat(parsed.rows.stream().mapToDouble(TimeSeriesRow::dischargeCapacityAmpHours).max()
					.orElseThrow()).isCloseTo(1.0729095, within(1e-7));
			}
			case "arbin_example.res" -> checkArbinRes(parsed, quantity);
			case "2017-05-09_test-TC-contact_CH33_Metadata.csv" -> {
				assertThat(parsed.format).isEqualTo(InstrumentFormat.ARBIN_METADATA_CSV);
				assertThat(parsed.metadata().comment()).isEqualTo("Test_ID 144, IV_Ch_ID 32 (0-based)");
				assertThat(parsed.metadata().channel()).isEqualTo(33);
				assertThat(parsed.metadata().startTime())
					.isEqualTo(LocalDateTime.ofInstant(Instant.ofEpochSecond(1494377253), ZoneOffset.UTC));
				assertThat(parsed.rows).isEmpty();
			}
			case "neware_uio.csv" -> checkNeware(parsed, quantity);
			case "new_nda_file.nda" -> NewareNdaParserTests.checkFixture(parsed);
			case "test.ndax" -> NewareNdaxParserTests.checkNavani(parsed);
			case NewareNdaxParserTests.UNIT27 -> NewareNdaxParserTests.checkUnit27(parsed);
			case "batmo_bdf.csv" -> checkBdf(parsed, quantity);
			case "exampleData.csv" -> {
				assertThat(parsed.format).isEqualTo(InstrumentFormat.EIS_CSV);
				assertThat(parsed.points).hasSize(66).extracting(ImpedancePoint::spectrum).containsOnly(1);
				assertThat(parsed.points.get(0).frequencyHertz()).isCloseTo(0.0031623, within(1e-9));
				assertThat(parsed.points.get(65).frequencyHertz()).isCloseTo(10000, within(1e-6));
				assertThat(parsed.points.get(0).realOhms()).isCloseTo(0.0494998977640506, within(1e-12));
				assertThat(parsed.points.get(0).imaginaryOhms()).isCloseTo(-0.020438698544418925, within(1e-12));
			}
			default -> {
				if (!path.startsWith("eis_csv/pyimpspec/")) {
					fail("no check for " + path);
				}
				checkPyimpspecControl(parsed);
			}
		}
	}

	private static void checkArbinCh33(Parsed parsed, String quantity) {
		assertThat(parsed.format).isEqualTo(InstrumentFormat.ARBIN_CSV);
		if (quantity.startsWith("Cycle_Index of first row")) {
			// empty in the file: read as 0, and the cycles are derived and marked so
			assertThat(parsed.rows.get(0).cycle()).isZero();
			assertThat(parsed.cycles.derived()).isTrue();
			assertThat(parsed.metadata().sourceUnits()).containsEntry("cycle", "derived (Cycle_Index empty)");
		}
		else {
			assertThat(parsed.rows).hasSize(287);
			assertThat(parsed.rows.stream().mapToDouble(TimeSeriesRow::chargeCapacityAmpHours).max().orElseThrow())
				.isCloseTo(0.6082700490951538, within(1e-9));
			assertThat(parsed.rows.get(0).timestamp())
				.isEqualTo(LocalDateTime.ofInstant(Instant.ofEpochMilli(1494377253170L), ZoneOffset.UTC));
		}
	}

	private static void checkArbinRes(Parsed parsed, String quantity) {
		assertThat(parsed.format).isEqualTo(InstrumentFormat.ARBIN_RES);
		if (quantity.startsWith("Channel_Normal_Table rows / cycles")) {
			assertThat(parsed.rows).hasSize(2150);
			assertThat(parsed.rows).extracting(TimeSeriesRow::cycle).containsOnly(1, 2, 3, 4, 5);
			assertThat(parsed.cycles.derived()).isFalse();
		}
		else if (quantity.startsWith("cycle 1 Charge_Capacity / Discharge_Capacity max")) {
			List<TimeSeriesRow> first = parsed.rows.stream().filter(row -> row.cycle() == 1).toList();
			assertThat(first.stream().mapToDouble(TimeSeriesRow::chargeCapacityAmpHours).max().orElseThrow())
				.isCloseTo(0.000483515, within(1e-9));
			assertThat(first.stream().mapToDouble(TimeSeriesRow::dischargeCapacityAmpHours).max().orElseThrow())
				.isCloseTo(0.000475156, within(1e-9));
			// Arbin writes charge current positive, as the rows carry it
			assertThat(parsed.rows).filteredOn(row -> row.kind() == StepKind.DISCHARGE)
				.isNotEmpty()
				.allMatch(row -> row.currentAmperes() < 0);
		}
		else {
			// 45131.78472222222 days after 1899-12-30, within 1e-8 days (< 1 ms)
			assertThat(parsed.metadata().startTime()).isEqualTo(LocalDateTime.of(2023, 7, 24, 18, 50, 0));
			assertThat(parsed.rows.get(0).timestamp()).isEqualTo(LocalDateTime.of(2023, 7, 24, 18, 50, 0));
			assertThat(parsed.metadata().sourceFileName())
				.isEqualTo("ajm314_LCO_ajm5-SSB1-F_Wait48hr-Repeat-01-012");
		}
	}

	private static void checkNeware(Parsed parsed, String quantity) {
		assertThat(parsed.format).isEqualTo(InstrumentFormat.NEWARE_CSV);
		if (quantity.equals("number of data rows")) {
			assertThat(parsed.rows).hasSize(9065);
		}
		else if (quantity.equals("number of cycles in summary")) {
			assertThat(parsed.cycles.cycles()).hasSize(4);
		}
		else {
			CycleCapacity first = parsed.cycles.cycles().get(0);
			assertThat(first.cycle()).isEqualTo(1);
			assertThat(first.dischargeCapacityAmpHours()).isCloseTo(0.00468031, within(1e-8));
			assertThat(first.chargeCapacityAmpHours()).isCloseTo(0.00424934, within(1e-8));
		}
	}

	private static void checkBdf(Parsed parsed, String quantity) {
		assertThat(parsed.format).isEqualTo(InstrumentFormat.BDF_CSV);
		if (quantity.startsWith("number of rows / columns")) {
			// 13 is cellpy's column count after its own derivations; the file itself has 9 columns
			assertThat(parsed.rows).hasSize(21206);
			assertThat(parsed.rows.get(0).extras().names()).containsExactly("Protocol Name / 1");
		}
		else if (quantity.startsWith("max test time")) {
			assertThat(parsed.rows.stream().mapToDouble(TimeSeriesRow::testTimeSeconds).max().orElseThrow())
				.isCloseTo(1411480.0, within(1e-3));
		}
		else {
			assertThat(parsed.rows).extracting(TimeSeriesRow::cycle).containsOnly(
					java.util.stream.IntStream.rangeClosed(1, 109).boxed().toArray(Integer[]::new));
			assertThat(parsed.cycles.cycles().get(0).dischargeCapacityAmpHours()).isCloseTo(0.159788891905881,
					within(1e-9));
			assertThat(parsed.rows).filteredOn(row -> row.kind() == StepKind.DISCHARGE)
				.allMatch(row -> row.currentAmperes() <= 0);
		}
	}

	static void checkPyimpspecControl(Parsed parsed) {
		assertThat(parsed.format).isEqualTo(InstrumentFormat.EIS_CSV);
		assertThat(parsed.points).hasSize(29).extracting(ImpedancePoint::spectrum).containsOnly(1);
		ImpedancePoint first = parsed.points.get(0);
		ImpedancePoint last = parsed.points.get(28);
		assertThat(first.frequencyHertz()).isCloseTo(10000, within(1e-8));
		assertThat(last.frequencyHertz()).isCloseTo(1.0, within(1e-8));
		assertThat(first.realOhms()).isCloseTo(109.00918219439, within(1e-8));
		assertThat(first.imaginaryOhms()).isCloseTo(-26.5556798765152, within(1e-8));
		assertThat(last.realOhms()).isCloseTo(645.478700150494, within(1e-8));
		assertThat(last.imaginaryOhms()).isCloseTo(-90.618128307383, within(1e-8));
	}

}
