package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NewareNdaParserTests {

	private static final String FIXTURE = "new_nda_file.nda";

	@Test
	void readsTheBts7Fixture() {
		Parsed parsed = Parsed.resource("neware", FIXTURE);
		checkFixture(parsed);
	}

	static void checkFixture(Parsed parsed) {
		assertThat(parsed.format).isEqualTo(InstrumentFormat.NEWARE_NDA);
		assertThat(parsed.rows).hasSize(439);
		assertThat(parsed.rows).extracting(TimeSeriesRow::cycle).containsOnly(1, 2);
		TimeSeriesRow first = parsed.rows.get(0);
		assertThat(first.state()).isEqualTo("CC_DChg");
		assertThat(first.kind()).isEqualTo(StepKind.DISCHARGE);
		assertThat(first.voltageVolts()).isCloseTo(-0.0911, within(1e-4));
		assertThat(first.timestamp()).isEqualTo(LocalDateTime.of(2020, 3, 25, 11, 16, 50));
		assertThat(first.step()).isEqualTo(1);
		assertThat(parsed.metadata().startTime()).isEqualTo(LocalDateTime.of(2020, 3, 25, 11, 16, 50));
		// the record time restarts with each step: steps of 5, 25, 50, 100, 500 and 41.6 s; 11:16:50 to 11:28:52
		TimeSeriesRow last = parsed.rows.get(438);
		assertThat(last.testTimeSeconds()).isCloseTo(721.6, within(1e-9));
		assertThat(last.timestamp()).isEqualTo(LocalDateTime.of(2020, 3, 25, 11, 28, 52));
		// record 3: raw current -294 at range 5 (1e-4 mA per unit)
		assertThat(parsed.rows.get(2).currentAmperes()).isCloseTo(-2.94e-5, within(1e-12));
		assertThat(parsed.rows).filteredOn(row -> row.kind() == StepKind.DISCHARGE)
			.allMatch(row -> row.currentAmperes() <= 0);
		assertThat(parsed.rows).filteredOn(row -> row.kind() == StepKind.CHARGE)
			.isNotEmpty()
			.allMatch(row -> row.currentAmperes() >= 0);
		assertThat(parsed.rows).extracting(TimeSeriesRow::state).containsOnly("CC_DChg", "CC_Chg", "Rest");
		assertThat(parsed.rows).extracting(TimeSeriesRow::step).containsOnly(1, 2, 3, 4, 5, 6);
		assertThat(parsed.rows.stream().mapToDouble(TimeSeriesRow::dischargeCapacityAmpHours).max().orElseThrow())
			.isPositive();
	}

	@Test
	void isDetectedFromItsSignature() {
		assertThat(FormatDetector.detect("NEWARE20200325\u001d\0\0".getBytes(StandardCharsets.ISO_8859_1)))
			.isEqualTo(InstrumentFormat.NEWARE_NDA);
	}

	@Test
	void anUnsupportedVersionIsNamed() throws IOException {
		byte[] content = fixture();
		content[NewareNdaParser.VERSION_OFFSET] = (byte) 130;
		assertThatThrownBy(() -> Parsed.bytes(content, FIXTURE)).isInstanceOf(ParseException.class)
			.hasMessageContaining("unsupported nda version 130: Neware .nda version 130 (BTS 9")
			.hasMessageContaining("is not supported yet");
		content[NewareNdaParser.VERSION_OFFSET] = 31;
		assertThatThrownBy(() -> Parsed.bytes(content, FIXTURE)).isInstanceOf(ParseException.class)
			.hasMessage("line 1: unsupported nda version 31 (only 29 is read)");
	}

	@Test
	void aFileTruncatedInTheHeaderFailsClearly() throws IOException {
		byte[] content = Arrays.copyOf(fixture(), 4000);
		assertThatThrownBy(() -> Parsed.bytes(content, FIXTURE)).isInstanceOf(ParseException.class)
			.hasMessageContaining("no nda data record found");
	}

	@Test
	void garbageAfterTheSignatureFailsClearly() {
		byte[] content = new byte[3000];
		Arrays.fill(content, (byte) 0x37);
		System.arraycopy("NEWARE".getBytes(StandardCharsets.ISO_8859_1), 0, content, 0, 6);
		content[NewareNdaParser.VERSION_OFFSET] = 29;
		assertThatThrownBy(() -> Parsed.bytes(content, "garbage.nda")).isInstanceOf(ParseException.class)
			.hasMessageContaining("no nda data record found");
		assertThatThrownBy(() -> Parsed.bytes("NEWARE20".getBytes(StandardCharsets.ISO_8859_1), "short.nda"))
			.isInstanceOf(ParseException.class)
			.hasMessageContaining("truncated nda header");
	}

	@Test
	void aFileCutInsideARecordKeepsTheWholeRecordsAndWarns() throws IOException {
		byte[] full = fixture();
		byte[] content = Arrays.copyOf(full, full.length - 40);
		Parsed parsed = Parsed.bytes(content, FIXTURE);
		assertThat(parsed.rows).hasSizeBetween(430, 439);
		assertThat(parsed.warnings).anyMatch(warning -> warning.startsWith("file ends inside record"));
	}

	@Test
	void theParseCommandSucceeds(@TempDir Path folder) throws IOException {
		Path file = folder.resolve(FIXTURE);
		Files.write(file, fixture());
		SharedFixtures.assertParseCommandSucceeds(file);
	}

	private static byte[] fixture() throws IOException {
		try (InputStream in = NewareNdaParserTests.class.getResourceAsStream("/instrument/neware/" + FIXTURE)) {
			return in.readAllBytes();
		}
	}

}
