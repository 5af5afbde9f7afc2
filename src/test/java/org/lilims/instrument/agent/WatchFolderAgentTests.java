package org.lilims.instrument.agent;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent against a real HTTP server on this machine that records what arrives (the gateway's own tests cover
 * what LiLIMS does with the files).
 */
class WatchFolderAgentTests {

	@TempDir
	Path watched;

	@TempDir
	Path agentHome;

	private HttpServer server;

	private final List<String> received = new CopyOnWriteArrayList<>();

	private volatile int answer = 201;

	private volatile String answerBody = "{}";

	private MutableClock clock;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api/v1/gateway/files", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
			String auth = exchange.getRequestHeaders().getFirst("Authorization");
			if (this.answer < 300) {
				this.received.add(auth + "\n" + body);
			}
			byte[] reply = this.answerBody.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(this.answer, reply.length);
			exchange.getResponseBody().write(reply);
			exchange.close();
		});
		this.server.start();
		this.clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void sendsEachFileOnceAfterItHasBeenQuietWithInstrumentChannelAndPath() throws Exception {
		Path export = write("cell-07/PredictionDiagnostics_000151_test.052", "Today's Date 10/10/2019\nRec#\tCyc#\n1\t0\n");
		WatchFolderAgent agent = agent(Duration.ofSeconds(30));

		assertThat(agent.scanOnce()).as("just seen").isZero();
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(agent.scanOnce()).isEqualTo(1);
		assertThat(agent.scanOnce()).as("never twice").isZero();

		assertThat(this.received).hasSize(1);
		String request = this.received.get(0);
		assertThat(request).startsWith("Bearer lims_test-token")
			.contains("name=\"instrumentId\"\r\n\r\nMACCOR-1")
			.contains("name=\"channel\"\r\n\r\n52")
			.contains("name=\"originalPath\"\r\n\r\ncell-07/PredictionDiagnostics_000151_test.052")
			.contains("filename=\"PredictionDiagnostics_000151_test.052\"")
			.contains(Files.readString(export));
	}

	@Test
	void growingFileIsSentAgainAfterEachChange() throws Exception {
		Path export = write("run.070", "Rec#\n1\n");
		WatchFolderAgent agent = agent(Duration.ZERO);
		assertThat(agent.scanOnce()).isEqualTo(1);
		Files.writeString(export, "Rec#\n1\n2\n");
		Files.setLastModifiedTime(export, FileTime.from(Instant.now().plusSeconds(5)));
		assertThat(agent.scanOnce()).isEqualTo(1);
		assertThat(this.received).hasSize(2);
		assertThat(this.received.get(1)).contains("Rec#\n1\n2\n");
	}

	@Test
	void waitsWhileTheServerIsDownAndDeliversWhenItIsBack() throws Exception {
		write("a.001", "first");
		write("b.002", "second");
		this.answer = 503;
		WatchFolderAgent agent = agent(Duration.ZERO);
		assertThat(agent.scanOnce()).isZero();
		this.answer = 201;
		assertThat(agent.scanOnce()).as("still backing off").isZero();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(agent.scanOnce()).isEqualTo(2);
		assertThat(this.received).hasSize(2);
	}

	@Test
	void aChecksumMismatchIsSentAgainButOtherRefusalsAreNot() throws Exception {
		write("a.001", "first");
		this.answer = 400;
		this.answerBody = "{\"status\":400,\"errors\":[{\"field\":\"sha256\",\"message\":\"does not match\"}]}";
		WatchFolderAgent agent = agent(Duration.ZERO);
		assertThat(agent.scanOnce()).isZero();
		this.answer = 201;
		this.answerBody = "{}";
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(agent.scanOnce()).as("sent again after the back-off").isEqualTo(1);
		assertThat(this.received).hasSize(1);

		write("b.002", "second");
		this.answer = 400;
		this.answerBody = "{\"status\":400,\"errors\":[{\"field\":\"instrumentId\",\"message\":\"is required\"}]}";
		assertThat(agent.scanOnce()).isZero();
		this.answer = 201;
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(agent.scanOnce()).as("refused for good").isZero();
	}

	@Test
	void unreachableServerIsRetriedToo() throws Exception {
		write("a.001", "first");
		this.server.stop(0);
		WatchFolderAgent agent = agent(Duration.ZERO);
		assertThat(agent.scanOnce()).isZero();
		startServer();
		WatchFolderAgent againstNewPort = agent(Duration.ZERO);
		assertThat(againstNewPort.scanOnce()).isEqualTo(1);
	}

	@Test
	void restartedAgentRemembersWhatItSent() throws Exception {
		write("a.001", "first");
		assertThat(agent(Duration.ZERO).scanOnce()).isEqualTo(1);
		assertThat(agent(Duration.ZERO).scanOnce()).as("a new agent with the same ledger").isZero();
		assertThat(this.received).hasSize(1);
	}

	@Test
	void neverChangesTheInstrumentsFiles() throws Exception {
		Path export = write("a.001", "first");
		FileTime before = Files.getLastModifiedTime(export);
		agent(Duration.ZERO).scanOnce();
		assertThat(export).exists().hasContent("first");
		assertThat(Files.getLastModifiedTime(export)).isEqualTo(before);
		try (var files = Files.list(this.watched)) {
			assertThat(files.toList()).containsExactly(export);
		}
	}

	@Test
	void channelComesFromANumericExtension() {
		assertThat(WatchFolderAgent.channelFromExtension("x/PredictionDiagnostics_000151_test.052")).isEqualTo("52");
		assertThat(WatchFolderAgent.channelFromExtension("peis.mpr")).isNull();
	}

	@Test
	void missingArgumentsAreNamed() {
		assertThat(WatchFolderAgent.run(List.of("--watch", this.watched.toString()))).isEqualTo(2);
	}

	private WatchFolderAgent agent(Duration quiet) {
		AgentSettings settings = new AgentSettings(this.watched,
				URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/"), "lims_test-token", "MACCOR-1",
				null, quiet, Duration.ofSeconds(1), this.agentHome.resolve("sent.tsv"));
		return new WatchFolderAgent(settings, this.clock);
	}

	private Path write(String relative, String content) throws IOException {
		Path file = this.watched.resolve(relative);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
