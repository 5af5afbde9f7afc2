package org.lilims.instrument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The Inficon SQC-310 parser on synthetic, hand-checkable logs of both described layouts (no real log is public).
 */
class InficonSqcParserTests {

	@TempDir
	Path directory;

	@Test
	void layoutOneConvertsKiloAngstromToNanometresAndOffsetsTheSecondLayer() {
		Parsed parsed = Parsed.resource("inficon", "sqc310-layout1-zn-li.csv");

		assertThat(parsed.format).isEqualTo(InstrumentFormat.INFICON_SQC310);
		FileMetadata metadata = parsed.metadata();
		assertThat(metadata.startTime()).isEqualTo(LocalDateTime.of(2026, 3, 14, 9, 30));
		assertThat(metadata.comment()).isEqualTo("unverified layout: written from descriptions, no public log");
		assertThat(metadata.procedure()).startsWith("layout 1");
		assertThat(metadata.sourceUnits()).containsEntry("thickness", "kÅ").containsEntry("rate", "Å/s");
		List<DepositionRecord> records = parsed.depositions;
		assertThat(records).hasSize(7);
		assertThat(parsed.rows).isEmpty();

		DepositionRecord zinc = records.get(3);
		assertThat(zinc.lineNumber()).isEqualTo(10);
		assertThat(zinc.layer()).isEqualTo(1);
		assertThat(zinc.sensor()).isEqualTo(1);
		assertThat(zinc.phase()).isEqualTo("Deposit");
		assertThat(zinc.thicknessNanometres()).isCloseTo(300.0, within(1e-9)); // 3.000 kÅ
		assertThat(zinc.rateNanometresPerSecond()).isCloseTo(0.5, within(1e-12)); // 5 Å/s
		assertThat(zinc.powerPercent()).isEqualTo(35.1);
		assertThat(zinc.crystalFrequencyHertz()).isEqualTo(5_960_000.0);
		assertThat(zinc.crystalLifePercent()).isEqualTo(11.0);
		assertThat(zinc.elapsedSeconds()).isEqualTo(660.0);
		assertThat(zinc.extras()).containsEntry("deviation", "-0.2")
			.containsEntry("shutter", "open")
			.containsEntry("material", "Zn");
		assertThat(zinc.sourceUnits()).containsEntry("thickness", "kÅ");

		// the Li block starts at 09:42:00, 720 s after the Zn block: its restarted timer is offset by that
		DepositionRecord lithiumFirst = records.get(4);
		assertThat(lithiumFirst.layer()).isEqualTo(2);
		assertThat(lithiumFirst.layerElapsedSeconds()).isZero();
		assertThat(lithiumFirst.elapsedSeconds()).isEqualTo(720.0);
		DepositionRecord lithiumLast = records.get(6);
		assertThat(lithiumLast.lineNumber()).isEqualTo(17);
		assertThat(lithiumLast.elapsedSeconds()).isEqualTo(1220.0);
		assertThat(lithiumLast.layerElapsedSeconds()).isEqualTo(500.0);
		assertThat(lithiumLast.thicknessNanometres()).isCloseTo(100.0, within(1e-9));
		assertThat(lithiumLast.rateNanometresPerSecond()).isCloseTo(0.2, within(1e-12));
		assertThat(lithiumLast.extras()).containsEntry("material", "Li");
		assertThat(records).extracting(DepositionRecord::elapsedSeconds).isSorted();

		assertThat(parsed.warnings).containsExactly("line 9: sensor 1 output unused (-1), reading skipped",
				"line 16: crystal fail, reading skipped");
	}

	@Test
	void layoutTwoReadsSensorColumnsAndOffsetsARestartedTimer() {
		Parsed parsed = Parsed.resource("inficon", "xgls-qcm-layout2.csv");

		assertThat(parsed.format).isEqualTo(InstrumentFormat.INFICON_SQC310);
		assertThat(parsed.metadata().startTime()).isEqualTo(LocalDateTime.of(2026, 3, 15, 14, 0));
		assertThat(parsed.metadata().procedure()).startsWith("layout 2");
		assertThat(parsed.depositions).hasSize(5).allSatisfy(record -> assertThat(record.sensor()).isEqualTo(1));
		DepositionRecord first = parsed.depositions.get(2);
		assertThat(first.layer()).isEqualTo(1);
		assertThat(first.thicknessNanometres()).isCloseTo(10.0, within(1e-9)); // 0.100 kÅ
		assertThat(first.rateNanometresPerSecond()).isCloseTo(0.05, within(1e-12)); // 0.50 Å/s
		assertThat(first.crystalFrequencyHertz()).isEqualTo(5_959_600.0);
		assertThat(first.powerPercent()).isNaN();
		assertThat(first.extras()).containsEntry("Temp(C)", "21.9").doesNotContainKey("Sensors:");

		DepositionRecord second = parsed.depositions.get(4);
		assertThat(second.layer()).isEqualTo(2);
		assertThat(second.layerElapsedSeconds()).isEqualTo(50.0);
		assertThat(second.elapsedSeconds()).isEqualTo(250.0); // layer 2's timer restarted after 200 s
		assertThat(second.thicknessNanometres()).isCloseTo(5.0, within(1e-9));
		assertThat(second.rateNanometresPerSecond()).isCloseTo(0.1, within(1e-12));

		assertThat(parsed.warnings).hasSize(5)
			.first()
			.isEqualTo("line 4: sensor 2 output unused (-1), reading skipped");
	}

	@Test
	void aDayFirstDateIsAmbiguousAndFailsOnItsLine() {
		String log = "SQC-310 Data Log\nStart:   Date: 14/03/2026   Time: 09:30:00\n"
				+ "elapsed_s,phase,rate,deviation,thickness,power\n0,Deposit,5.0,0,0.000,30\n";

		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> Parsed.text(log, "run.csv"))
			.satisfies(ex -> assertThat(ex.lineNumber()).isEqualTo(2))
			.withMessageContaining("ambiguous date '14/03/2026'");
		assertThatExceptionOfType(ParseException.class)
			.isThrownBy(() -> Parsed.text(log.replace("14/03/2026", "03-14-26"), "run.csv"))
			.satisfies(ex -> assertThat(ex.lineNumber()).isEqualTo(2))
			.withMessageContaining("ambiguous date '03-14-26'");
	}

	@Test
	void aYearLastDateInTheSensorLayoutIsAmbiguous() {
		String log = "Start:,Date: 03/04/2026,Time: 14:00:00\nTime,Sensors:,Sens1Rate,Sens1Thk\n0,,0.5,0.000\n";

		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> Parsed.text(log, "run.csv"))
			.satisfies(ex -> assertThat(ex.lineNumber()).isEqualTo(1))
			.withMessageContaining("ambiguous date");
	}

	@Test
	void dataUnderAnUnknownHeaderFailsNamingTheLine() {
		String log = "Start:   Date: 03/14/2026   Time: 09:30:00\nZeit,Rate,Dicke\n0,5.0,0.000\n";

		assertThat(FormatDetector.detect(log.getBytes(StandardCharsets.UTF_8))).isEqualTo(InstrumentFormat.UNKNOWN);
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> parseDirectly(log))
			.satisfies(ex -> assertThat(ex.lineNumber()).isEqualTo(3))
			.withMessageContaining("unknown layout");
	}

	@Test
	void unitsInTheHeaderAreUsed() {
		String log = "Start:   Date: 03/14/2026   Time: 09:30:00\n"
				+ "elapsed_s,phase,rate (nm/s),thickness [Å]\n0,Deposit,0.5,1000\n";

		Parsed parsed = Parsed.text(log, "run.csv");

		assertThat(parsed.depositions).singleElement().satisfies(record -> {
			assertThat(record.rateNanometresPerSecond()).isEqualTo(0.5);
			assertThat(record.thicknessNanometres()).isCloseTo(100.0, within(1e-9));
		});
		assertThat(parsed.metadata().sourceUnits()).containsEntry("thickness", "Å").containsEntry("rate", "nm/s");
	}

	@Test
	void detectionNeedsTheStartLineAndAKnownHeader() {
		assertThat(detect("Start:   Date: 03/14/2026   Time: 09:30:00\nelapsed_s,phase,rate,thickness\n"))
			.isEqualTo(InstrumentFormat.INFICON_SQC310);
		assertThat(detect("Start:,Date: 2026/03/15\nTime,Sensors:,Sens1Rate,Sens1Thk,Sens1Freq\n"))
			.isEqualTo(InstrumentFormat.INFICON_SQC310);
		assertThat(detect("elapsed_s,phase,rate,thickness\n0,Deposit,5,0\n")).isEqualTo(InstrumentFormat.UNKNOWN);
		assertThat(detect("Time,Sens1Rate,Sens1Thk\n0,5,0\n")).isEqualTo(InstrumentFormat.UNKNOWN);
		assertThat(detect("DataPoint,Cycle Index,Step Index,Step Type,Time\nStart:   Date: 03/14/2026\nelapsed_s\n"))
			.isEqualTo(InstrumentFormat.NEWARE_CSV);
	}

	@Test
	void parseJsonPrintsTheLayers() throws IOException {
		Path file = this.directory.resolve("run.log");
		try (InputStream in = getClass().getResourceAsStream("/instrument/inficon/sqc310-layout1-zn-li.csv")) {
			Files.write(file, in.readAllBytes());
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = ParseCommand.run(new String[] { file.toString(), "--json" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ParseCommand.OK);
		JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
		assertThat(json.get("format").asString()).isEqualTo("INFICON_SQC310");
		assertThat(json.get("rows").asLong()).isEqualTo(7);
		assertThat(json.get("metadata").get("comment").asString()).startsWith("unverified layout");
		JsonNode layers = json.get("layers");
		assertThat(layers).hasSize(2);
		assertThat(layers.get(0).get("layer").asInt()).isEqualTo(1);
		assertThat(layers.get(0).has("sensor")).isFalse();
		assertThat(layers.get(0).get("finalThicknessNm").asDouble()).isCloseTo(300.0, within(1e-9));
		assertThat(layers.get(0).get("meanRateNmPerS").asDouble()).isCloseTo(0.5, within(1e-12));
		assertThat(layers.get(0).get("durationS").asDouble()).isEqualTo(660.0);
		assertThat(layers.get(1).get("layer").asInt()).isEqualTo(2);
		assertThat(layers.get(1).get("finalThicknessNm").asDouble()).isCloseTo(100.0, within(1e-9));
		assertThat(layers.get(1).get("meanRateNmPerS").asDouble()).isCloseTo(0.2, within(1e-12));
		assertThat(layers.get(1).get("durationS").asDouble()).isEqualTo(500.0);
		assertThat(json.get("warnings")).hasSize(2);
	}

	@Test
	void timesOfDayInTheSensorLayoutCountFromTheStartLineAcrossMidnight() {
		String log = "Start:,Date: 2026/03/15,Time: 23:59:00\nTime,Sensors:,Sens1Rate,Sens1Thk\n"
				+ "23:59:30,,1.0,0.000\n00:00:30,,1.0,0.006\n";

		Parsed parsed = Parsed.text(log, "run.csv");

		assertThat(parsed.depositions).extracting(DepositionRecord::elapsedSeconds).containsExactly(30.0, 90.0);
		assertThat(parsed.depositions).extracting(DepositionRecord::layerElapsedSeconds).containsExactly(0.0, 60.0);
		assertThat(parsed.depositions.get(1).thicknessNanometres()).isCloseTo(0.6, within(1e-9));

		String durations = log.replace("23:59:30", "0:00:00").replace("00:00:30", "0:01:00");
		assertThat(Parsed.text(durations.replace("23:59:00", "14:00:00"), "run.csv").depositions)
			.extracting(DepositionRecord::elapsedSeconds)
			.containsExactly(0.0, 60.0);
		// shortly before midnight 0:00:00 may be either
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> Parsed.text(durations, "run.csv"))
			.satisfies(ex -> assertThat(ex.lineNumber()).isEqualTo(3))
			.withMessageContaining("ambiguous Time '0:00:00'");
	}

	@Test
	void aLayerWhoseStartTimeOverlapsThePreviousOneIsPlacedAfterItWithAWarning() {
		String log = "Start:   Date: 03/14/2026   Time: 09:30:00\nelapsed_s,phase,rate,thickness\n"
				+ "0,Deposit,5.0,0.000\n600,Deposit,5.0,3.000\n"
				+ "Start:   Date: 03/14/2026   Time: 09:35:00\nelapsed_s,phase,rate,thickness\n"
				+ "0,Deposit,2.0,0.000\n100,Deposit,2.0,0.200\n";

		Parsed parsed = Parsed.text(log, "run.csv");

		assertThat(parsed.depositions).extracting(DepositionRecord::elapsedSeconds)
			.containsExactly(0.0, 600.0, 600.0, 700.0);
		assertThat(parsed.depositions).extracting(DepositionRecord::layer).containsExactly(1, 1, 2, 2);
		assertThat(parsed.warnings).singleElement().asString().contains("line 7").contains("placed after it");
	}

	@Test
	void severalSensorsGiveALayerEntryEach() throws IOException {
		Path file = this.directory.resolve("two-sensors.csv");
		Files.writeString(file, "Start:,Date: 2026/03/15,Time: 14:00:00\n"
				+ "Time,Sensors:,Sens1Rate,Sens1Thk,Sens2Rate,Sens2Thk\n0,,1.0,0.000,2.0,0.000\n"
				+ "100,,1.0,0.100,2.0,0.200\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertThat(ParseCommand.run(new String[] { file.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
				System.err)).isEqualTo(ParseCommand.OK);

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("format:     INFICON_SQC310")
			.contains("comment:    unverified layout")
			.containsPattern("1\\s+1\\s+10\\.000\\s+0\\.1000\\s+100\\.0")
			.containsPattern("1\\s+2\\s+20\\.000\\s+0\\.2000\\s+100\\.0");
		FileSummary summary = new FileSummary();
		InstrumentParsers.parse(file, summary);
		assertThat(ParseCommand.report(InstrumentFormat.INFICON_SQC310, summary).get("layers")).asList()
			.hasSize(2)
			.allSatisfy(layer -> assertThat(layer).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsKey("sensor"));
	}

	@Test
	void otherFormatsPrintNoLayers() {
		FileSummary summary = new FileSummary();
		assertThat(ParseCommand.report(InstrumentFormat.MACCOR_TEXT, summary)).doesNotContainKey("layers");
	}

	private static void parseDirectly(String log) throws IOException {
		new InficonSqcParser(ZoneOffset.UTC).parse(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)),
				"run.csv", new Parsed());
	}

	private static InstrumentFormat detect(String head) {
		return FormatDetector.detect(head.getBytes(StandardCharsets.UTF_8));
	}

}
