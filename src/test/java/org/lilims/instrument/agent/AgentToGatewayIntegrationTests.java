package org.lilims.instrument.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lilims.IntegrationTest;
import org.lilims.cycling.CellFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The agent's command-line loop against the running application over HTTP, through a forwarder that the test takes
 * down and up again: files copied into the watched folder while the agent runs arrive once each, a growing export
 * becomes a second version of its data set, a file copied while the server is unreachable arrives when it is back;
 * each is parsed and linked to its cell, and garbage ends FAILED with a reason and downloads unchanged.
 */
@ExtendWith(OutputCaptureExtension.class)
class AgentToGatewayIntegrationTests extends IntegrationTest {

	private static final Path MACCOR = Path.of("src/test/resources/instrument/maccor/maccor_example.001");

	private static final Path BIOLOGIC = Path.of("src/test/resources/instrument/biologic/exampleDataBioLogic.mpt");

	private static final String UPLOAD_REQUEST = "POST /api/v1/gateway/files ";

	private static final Duration DELIVERY = Duration.ofSeconds(40);

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path watched;

	@TempDir
	Path agentHome;

	private final String instrument = "MACCOR-" + UUID.randomUUID().toString().substring(0, 8);

	private SwitchableProxy proxy;

	private Thread agent;

	@BeforeEach
	void proxy() throws IOException {
		this.proxy = new SwitchableProxy(this.port);
	}

	@AfterEach
	void stop() throws Exception {
		stopAgent();
		this.proxy.close();
	}

	@Test
	void deliversEachFileOnceThroughGrowthAndAnOutageParsedAndLinkedToItsCell(CapturedOutput output) throws Exception {
		CellFixtures fixtures = new CellFixtures(this.mvc, ADMIN_PASSWORD);
		String cellA = fixtures.symmetricCell();
		String cellB = fixtures.symmetricCell();
		String token = fixtures.instrumentToken();
		startAgent(token);

		String formation = "formation_" + cellA + ".001";
		copy(formation, maccor(8, "formation " + UUID.randomUUID()));
		awaitRecord(formation, 1);

		String growing = "growing.002";
		copy(growing, maccor(4, cellB + ", Li||Li plating/stripping"));
		awaitRecord(growing, 1);
		await().atMost(DELIVERY).until(() -> ledgerHas(growing));

		this.proxy.down();
		String whileDown = "eis/after-formation.mpt";
		copy(whileDown, Files.readString(BIOLOGIC, StandardCharsets.ISO_8859_1)
			.replaceFirst("(?m)^Comments : .*$", "Comments : EIS of " + cellA + " after formation"));
		await().atMost(DELIVERY).until(() -> output.getAll().contains("is not taking files"));
		assertThat(records(whileDown)).as("not delivered while the server is down").isEmpty();
		this.proxy.up();
		awaitRecord(whileDown, 1);

		String grown = maccor(8, cellB + ", Li||Li plating/stripping");
		Files.writeString(this.watched.resolve(growing),
				grown.substring(maccor(4, cellB + ", Li||Li plating/stripping").length()),
				StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
		awaitRecord(growing, 2);

		byte[] garbage = ("not an instrument file " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
		Files.write(this.watched.resolve("garbage.txt"), garbage);
		awaitRecord("garbage.txt", 1);

		Map<String, Object> first = single(formation);
		assertThat(first).containsEntry("state", "LINKED")
			.containsEntry("cellCode", cellA)
			.containsEntry("format", "MACCOR_TEXT")
			.containsEntry("rows", 8);

		Map<String, Object> growingV1 = record(growing, 1);
		Map<String, Object> growingV2 = record(growing, 2);
		assertThat(growingV1).containsEntry("rows", 4).containsEntry("cellCode", cellB);
		assertThat(growingV2).containsEntry("state", "LINKED")
			.containsEntry("cellCode", cellB)
			.containsEntry("rows", 8)
			.containsEntry("supersededBy", null);
		assertThat(byId(growingV1.get("id"))).containsEntry("datasetVersion", 1)
			.containsEntry("supersededBy", growingV2.get("id"));

		assertThat(single(whileDown)).containsEntry("state", "LINKED")
			.containsEntry("cellCode", cellA)
			.containsEntry("format", "BIOLOGIC_MPT");

		Map<String, Object> failed = single("garbage.txt");
		assertThat(failed).containsEntry("state", "FAILED");
		assertThat((String) failed.get("failureReason")).isNotBlank();
		assertThat(this.mvc.perform(get("/api/v1/files/" + failed.get("fileId") + "/content").with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(garbage);

		assertThat(records(null)).as("the gateway's records of this instrument").hasSize(5);
		assertThat(this.proxy.count(UPLOAD_REQUEST)).as("uploads that reached the server").isEqualTo(5);

		// A restarted agent with the same ledger sends only what is new. It walks the folder in name order, so a
		// resend of an earlier file would reach the server in the same pass as this last one, or before it.
		stopAgent();
		startAgent(token);
		String afterRestart = "z-after-restart_" + cellB + ".001";
		copy(afterRestart, maccor(8, "after restart " + UUID.randomUUID()));
		awaitRecord(afterRestart, 1);
		assertThat(single(afterRestart)).containsEntry("cellCode", cellB);
		assertThat(this.proxy.count(UPLOAD_REQUEST)).as("uploads after the restart").isEqualTo(6);
		assertThat(records(null)).hasSize(6);
	}

	/** The agent's command-line entry point, run in a thread as on an instrument PC. */
	private void startAgent(String token) {
		List<String> args = List.of("--watch", this.watched.toString(), "--server",
				"http://127.0.0.1:" + this.proxy.port(), "--token", token, "--instrument", this.instrument,
				"--quiet-seconds", "1", "--scan-seconds", "1", "--ledger", ledger().toString());
		this.agent = new Thread(() -> WatchFolderAgent.run(args), "watch-folder-agent");
		this.agent.start();
	}

	private void stopAgent() throws InterruptedException {
		if (this.agent != null) {
			this.agent.interrupt();
			this.agent.join(Duration.ofSeconds(30).toMillis());
			assertThat(this.agent.isAlive()).as("agent stopped").isFalse();
			this.agent = null;
		}
	}

	private Path ledger() {
		return this.agentHome.resolve("sent.tsv");
	}

	private boolean ledgerHas(String relative) throws IOException {
		return Files.exists(ledger()) && Files.readString(ledger()).contains(relative + "\t");
	}

	private void copy(String relative, String content) throws IOException {
		Path file = this.watched.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.ISO_8859_1);
	}

	/** The MACCOR fixture cut after {@code rows} data rows, with another Comment/Barcode. */
	private static String maccor(int rows, String comment) throws IOException {
		String[] lines = Files.readString(MACCOR, StandardCharsets.ISO_8859_1)
			.replaceFirst("Comment/Barcode: [^\t\r\n]*", "Comment/Barcode: " + comment)
			.split("(?<=\n)");
		return String.join("", List.of(lines).subList(0, 2 + rows));
	}

	/** Waits until the gateway has the version of the file and has finished with it. */
	private void awaitRecord(String relative, int version) {
		await().atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).until(() -> {
			Map<String, Object> record = findRecord(relative, version);
			return record != null && !"RECEIVED".equals(record.get("state")) && !"PARSED".equals(record.get("state"));
		});
	}

	private Map<String, Object> single(String relative) throws Exception {
		List<Map<String, Object>> records = records(relative);
		assertThat(records).as(relative + " delivered once").hasSize(1);
		return records.get(0);
	}

	private Map<String, Object> record(String relative, int version) throws Exception {
		Map<String, Object> record = findRecord(relative, version);
		assertThat(record).as(relative + " version " + version).isNotNull();
		return record;
	}

	private Map<String, Object> findRecord(String relative, int version) throws Exception {
		return records(relative).stream()
			.filter(record -> ((Number) record.get("datasetVersion")).intValue() == version)
			.findFirst()
			.orElse(null);
	}

	/** This instrument's records, of one original path or (null) all. */
	private List<Map<String, Object>> records(String relative) throws Exception {
		String all = this.mvc.perform(get("/api/v1/gateway/files").with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String filter = (relative != null) ? " && @.originalPath == '" + relative + "'" : "";
		return JsonPath.read(all, "$[?(@.instrumentId == '" + this.instrument + "'" + filter + ")]");
	}

	private Map<String, Object> byId(Object id) throws Exception {
		return JsonPath.read(this.mvc.perform(get("/api/v1/gateway/files/" + id).with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

}
