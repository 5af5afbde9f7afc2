package org.lilims.instrument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ParseCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path directory;

	@Test
	void printsOneJsonObjectForATimeSeries() throws IOException {
		Path file = copy("maccor_example.001", "SET-LN3024-104-1a.001");

		assertThat(run(file.toString(), "--json")).isEqualTo(ParseCommand.OK);

		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(json.get("format").asString()).isEqualTo("MACCOR_TEXT");
		assertThat(json.get("rows").asLong()).isEqualTo(8);
		assertThat(json.get("metadata").get("channel").asInt()).isEqualTo(1);
		assertThat(json.get("metadata").get("startTime").asString()).isEqualTo("2016-03-31T16:05:31");
		assertThat(json.get("metadata").get("procedure").asString()).isEqualTo("ABRHV-NCM523-Form-4p1.000");
		assertThat(json.get("cycles").isArray()).isTrue();
		assertThat(json.get("spectra").isEmpty()).isTrue();
		assertThat(this.err.size()).isZero();
	}

	@Test
	void printsTheSpectraOfAnImpedanceExport() throws IOException {
		Path file = copy("maccor_test_file_4267-66-6519.EDA0001.041", "anything.bin");

		assertThat(run(file.toString(), "--json")).isEqualTo(ParseCommand.OK);

		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(json.get("format").asString()).isEqualTo("MACCOR_EIS");
		assertThat(json.get("rows").asLong()).isEqualTo(60);
		JsonNode spectrum = json.get("spectra").get(0);
		assertThat(spectrum.get("points").asInt()).isEqualTo(60);
		assertThat(spectrum.get("minFrequencyHz").asDouble()).isEqualTo(1.25892);
		assertThat(spectrum.get("maxFrequencyHz").asDouble()).isEqualTo(999999.0);
	}

	@Test
	void readsANewareNdaxByItsContent() throws IOException {
		Path file = Files.copy(Parsed.resourcePath("neware", NewareNdaxParserTests.UNIT27),
				this.directory.resolve("unit27.zip"));

		assertThat(run(file.toString(), "--json")).isEqualTo(ParseCommand.OK);

		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(json.get("format").asString()).isEqualTo("NEWARE_NDAX");
		assertThat(json.get("rows").asLong()).isEqualTo(302);
		assertThat(json.get("metadata").get("channel").asInt()).isEqualTo(81);
		assertThat(json.get("metadata").get("comment").asString()).isEqualTo("123456789012");
	}

	@Test
	void printsCyclesWithCapacitiesAsText() throws IOException {
		Path file = this.directory.resolve("cell.052");
		Files.writeString(file, "Today's Date 10/10/2019  Date of Test:\t10/10/2019\r\n"
				+ "Rec#\tCyc#\tStep\tTest (Sec)\tAmp-hr\tAmps\tVolts\tState\r\n" + "1\t1\t1\t0\t0.5\t1\t4\tC\r\n"
				+ "2\t1\t2\t10\t0.25\t-1\t3\tD\r\n");

		assertThat(run(file.toString())).isEqualTo(ParseCommand.OK);

		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("format:     MACCOR_TEXT")
			.contains("channel:    52")
			.contains("rows:       2")
			.containsPattern("1\\s+0\\.500000\\s+0\\.250000");
	}

	@Test
	void readsABiologicBinaryFileWithItsTechniqueAndChannel() throws IOException {
		Path file = Files.copy(Parsed.resourcePath("biologic", "00_test_01_OCV_C01.mpr"),
				this.directory.resolve("ocv.bin"));

		assertThat(run(file.toString(), "--json")).isEqualTo(ParseCommand.OK);

		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(json.get("format").asString()).isEqualTo("BIOLOGIC_MPR");
		assertThat(json.get("rows").asLong()).isEqualTo(2);
		assertThat(json.get("droppedRows").asLong()).isZero();
		assertThat(json.get("metadata").get("procedure").asString()).isEqualTo("Open Circuit Voltage");
		assertThat(json.get("metadata").get("channel").asInt()).isEqualTo(1);
	}

	@Test
	void printsEachLineOfACommentAndCountsDroppedRowsAmongTheRows() throws IOException {
		Path file = this.directory.resolve("peis.mpt");
		Files.writeString(file, "EC-Lab ASCII FILE\nNb header lines : 8\n\nPotentio Electrochemical Impedance "
				+ "Spectroscopy\n\nComments : 25\u00B0C\nComments : CELL-0042\nfreq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n"
				+ "1000\t1\t0.5\n0\t0\t0\n", BiologicMptParser.WINDOWS_1252);

		assertThat(run(file.toString())).isEqualTo(ParseCommand.OK);

		String n = System.lineSeparator();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.contains("comment:    25\u00B0C" + n + "            CELL-0042" + n)
			.contains("rows:       2 (1 dropped)" + n)
			.contains("spectrum 1: 1 points");
	}

	@Test
	void anUnknownFileExitsWithTwoAndSaysWhy() throws IOException {
		Path file = this.directory.resolve("notes.052");
		Files.writeString(file, "just some notes\n");

		assertThat(run(file.toString(), "--json")).isEqualTo(ParseCommand.FAILED);

		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("unknown format");
		assertThat(this.out.size()).isZero();
	}

	@Test
	void aMalformedFileExitsWithTwoNamingTheLine() throws IOException {
		Path file = this.directory.resolve("broken.052");
		Files.writeString(file, "Today's Date 10/10/2019\nRec#\tCyc#\tStep\tTest (Sec)\tAmps\tVolts\tState\n"
				+ "1\t0\t1\t0\t0\t3.3\tR\n" + "\u0001\u0002garbage\tzz\n");

		assertThat(run(file.toString())).isEqualTo(ParseCommand.FAILED);

		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("line 4");
	}

	@Test
	void aMissingFileOrNoFileExitsWithTwo() {
		assertThat(run(this.directory.resolve("absent.001").toString())).isEqualTo(ParseCommand.FAILED);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("cannot read");
		assertThat(run()).isEqualTo(ParseCommand.FAILED);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: parse FILE [--json]");
	}

	@Test
	void theApplicationsMainRunsTheCommandWithoutStartingSpring() throws Exception {
		Path file = copy("maccor_example.002", "part2.002");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), "org.lilims.LiLimsApplication", "parse", file.toString(),
				"--json")
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).startsWith("{\"format\":\"MACCOR_TEXT\",\"rows\":8,").doesNotContain("Spring");
	}

	private int run(String... args) {
		return ParseCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private Path copy(String resource, String name) throws IOException {
		return Files.copy(Parsed.resourcePath(resource), this.directory.resolve(name));
	}

}
