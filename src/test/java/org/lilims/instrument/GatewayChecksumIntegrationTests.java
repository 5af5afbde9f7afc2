package org.lilims.instrument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;
import org.lilims.cycling.CellFixtures;
import org.lilims.storage.StoredBlobs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gateway checks the SHA-256 a sender declares against the bytes that arrived: a mismatch (a transfer cut short,
 * a file changed while sent) is refused and leaves neither a stored blob nor a gateway record.
 */
class GatewayChecksumIntegrationTests extends IntegrationTest {

	private static final Path MACCOR_001 = Path.of("src/test/resources/instrument/maccor/maccor_example.001");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	private String token;

	private String instrument;

	private byte[] export;

	@BeforeEach
	void instrument() throws Exception {
		this.token = new CellFixtures(this.mvc, ADMIN_PASSWORD).instrumentToken();
		this.instrument = "MACCOR-" + UUID.randomUUID().toString().substring(0, 8);
		this.export = Files.readString(MACCOR_001, StandardCharsets.ISO_8859_1)
			.replace("SET-LN3024-104, Targray", "checksum test " + UUID.randomUUID())
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void contentCutShortOnTheWayIsRefusedAndNothingIsKept() throws Exception {
		byte[] cutShort = Arrays.copyOf(this.export, this.export.length - 100);

		upload(cutShort, sha256(this.export)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sha256"))
			.andExpect(jsonPath("$.errors[0].message")
				.value(allOf(containsString(sha256(this.export)), containsString(sha256(cutShort)))))
			// the watch-folder agent recognises a mismatch by this, and sends the file again
			.andExpect(content().string(containsString("\"field\":\"sha256\"")));

		assertThat(StoredBlobs.isKept(this.context, sha256(cutShort))).as("blob of the refused bytes").isFalse();
		assertThat(records()).isEmpty();
	}

	@Test
	void matchingSha256InEitherCaseIsTakenAndTheRecordCarriesIt() throws Exception {
		String sha256 = sha256(this.export);
		upload(this.export, sha256.toUpperCase(Locale.ROOT)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.sha256").value(sha256))
			.andExpect(jsonPath("$.state").value("UNMATCHED"));
		assertThat(StoredBlobs.isKept(this.context, sha256)).isTrue();
	}

	@Test
	void aMismatchIsRefusedEvenWhenTheBytesWereStoredBeforeWhichStayForTheirRecord() throws Exception {
		String sha256 = sha256(this.export);
		upload(this.export, null).andExpect(status().isCreated());
		byte[] other = "other bytes".getBytes(StandardCharsets.UTF_8);

		upload(this.export, sha256(other)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sha256"));

		assertThat(StoredBlobs.isKept(this.context, sha256)).isTrue();
		assertThat(records()).hasSize(1);
	}

	@Test
	void aSha256ThatIsNotOneIsNamed() throws Exception {
		upload(this.export, "abc123").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sha256"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("64 hexadecimal digits")));
		assertThat(records()).isEmpty();
	}

	private ResultActions upload(byte[] content, String sha256) throws Exception {
		var request = multipart("/api/v1/gateway/files")
			.file(new MockMultipartFile("file", "run.001", "application/octet-stream", content))
			.param("instrumentId", this.instrument)
			.param("channel", "1")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token);
		if (sha256 != null) {
			request.param("sha256", sha256);
		}
		return this.mvc.perform(request);
	}

	private List<Object> records() throws Exception {
		String all = this.mvc.perform(get("/api/v1/gateway/files").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(all, "$[?(@.instrumentId == '" + this.instrument + "')]");
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
