package org.lilims.cycling;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files above the inline limit (1 KB here) are answered RECEIVED at once and parsed in the background; the database
 * row is the queue, so a file a dead node had claimed is parsed once its lease runs out, and a file that never
 * finishes ends FAILED after the allowed attempts.
 */
@TestPropertySource(properties = { "lilims.gateway.inline-parse-max=1KB",
		"lilims.gateway.pending-scan-interval=200ms" })
class GatewayBackgroundParsingIntegrationTests extends IntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private CellFixtures fixtures;

	private String token;

	@BeforeEach
	void instrumentAccount() throws Exception {
		this.fixtures = new CellFixtures(this.mvc, ADMIN_PASSWORD);
		this.token = this.fixtures.instrumentToken();
	}

	@Test
	void aLargeFileIsAnsweredAtOnceAndLinkedInTheBackground() throws Exception {
		String cell = this.fixtures.symmetricCell();
		long id = upload(cell);

		awaitState(id, "LINKED");
		this.mvc.perform(get("/api/v1/gateway/files/" + id).header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(jsonPath("$.cellCode").value(cell))
			.andExpect(jsonPath("$.format").value("MACCOR_TEXT"));

		this.mvc.perform(post("/api/v1/gateway/files/" + id + "/reprocess").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.state").value("RECEIVED"));
		awaitState(id, "LINKED");
	}

	@Test
	void aFileClaimedByANodeThatDiedIsParsedOnceItsLeaseRunsOut() throws Exception {
		long id = upload(this.fixtures.symmetricCell());
		awaitState(id, "LINKED");
		// as a node leaves it that claimed the file an hour ago and then died
		this.jdbc.sql("update instrument.instrument_file set state = 'RECEIVED', "
				+ "processing_lease_until = now() + interval '1 hour' where id = :id").param("id", id).update();

		Thread.sleep(1000);
		assertThat(state(id)).isEqualTo("RECEIVED");

		this.jdbc.sql("update instrument.instrument_file set processing_lease_until = now() - interval '1 second' "
				+ "where id = :id").param("id", id).update();
		awaitState(id, "LINKED");
	}

	@Test
	void aFileTakenUpTooOftenEndsFailedWithTheReason() throws Exception {
		long id = upload(this.fixtures.symmetricCell());
		awaitState(id, "LINKED");
		this.jdbc.sql("update instrument.instrument_file set state = 'RECEIVED', processing_attempts = 3, "
				+ "processing_lease_until = null where id = :id").param("id", id).update();

		awaitState(id, "FAILED");
		this.mvc.perform(get("/api/v1/gateway/files/" + id).header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(jsonPath("$.failureReason").value(org.hamcrest.Matchers.containsString("in 3 attempts")));
	}

	private long upload(String cell) throws Exception {
		// a unique trailer makes the bytes this test's own; the export is above the 1 KB inline limit
		int blanks = 1100 + Math.floorMod(UUID.randomUUID().hashCode(), 100_000);
		byte[] export = (Files.readString(CellFixtures.MACCOR_001, StandardCharsets.ISO_8859_1) + "\n"
				+ " ".repeat(blanks) + "\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(export.length).isGreaterThan(1024);
		String body = this.mvc
			.perform(multipart("/api/v1/gateway/files")
				.file(new MockMultipartFile("file", "big.001", "application/octet-stream", export))
				.param("instrumentId", "MACCOR-BG")
				.param("originalPath", UUID.randomUUID() + "/big.001")
				.param("cellCode", cell)
				.header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("RECEIVED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private void awaitState(long id, String expected) {
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> expected.equals(state(id)));
	}

	private String state(long id) throws Exception {
		String body = this.mvc
			.perform(get("/api/v1/gateway/files/" + id).header(HttpHeaders.AUTHORIZATION, bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.state");
	}

	private String bearer() {
		return "Bearer " + this.token;
	}

}
