package org.lilims.storage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files through the API and the browser routes, on a real PostgreSQL and a real (temporary) file directory.
 */
class StorageIntegrationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StorageProperties storage;

	@LocalServerPort
	int port;

	@Test
	void sameBytesTwiceAreStoredOnceAndAttachedTwice() throws Exception {
		byte[] bytes = uniqueBytes("raman spectrum");
		String step = "step-" + UUID.randomUUID();
		String first = upload(multipart("/api/v1/files").file(part("spectrum.txt", "text/plain", bytes))
			.param("targetType", "step")
			.param("targetId", step)
			.param("category", "raman")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.attachment.target.type").value("step"))
			.andExpect(jsonPath("$.attachment.category").value("RAMAN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = upload(multipart("/api/v1/files").file(part("copy.txt", "text/plain", bytes))
			.param("targetType", "cell")
			.param("targetId", step)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

		String sha256 = JsonPath.read(first, "$.file.sha256");
		assertThat((String) JsonPath.read(second, "$.file.id")).isEqualTo(JsonPath.read(first, "$.file.id"));
		assertThat((String) JsonPath.read(second, "$.file.originalName")).isEqualTo("spectrum.txt");
		assertThat(blobsNamed(sha256)).hasSize(1);
		this.mvc.perform(get("/api/v1/attachments").param("targetType", "step").param("targetId", step).with(admin()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].file.sha256").value(sha256));
		this.mvc.perform(get("/api/v1/attachments").param("targetType", "cell").param("targetId", step).with(admin()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].category").value("OTHER"));
	}

	@Test
	void downloadsUnderTheOriginalNameAndMediaType() throws Exception {
		byte[] bytes = uniqueBytes("cycle;voltage_V\n1;3.7\n");
		String body = upload(multipart("/api/v1/files").file(part("Zyklus Ü1.csv", "text/csv", bytes)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/files/")))
			.andExpect(jsonPath("$.attachment").doesNotExist())
			.andExpect(jsonPath("$.file.mediaType").value("text/csv"))
			.andExpect(jsonPath("$.file.sizeBytes").value(bytes.length))
			.andExpect(jsonPath("$.file.uploadedBy").value("admin"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.file.id");

		this.mvc.perform(get("/api/v1/files/" + id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.originalName").value("Zyklus Ü1.csv"));
		this.mvc.perform(get("/api/v1/files/" + id + "/content").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().bytes(bytes))
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"Zyklus _1.csv\"; filename*=UTF-8''Zyklus%20%C3%9C1.csv"));
		this.mvc.perform(head("/api/v1/files/" + id + "/content").with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().longValue("Content-Length", bytes.length))
			.andExpect(content().bytes(new byte[0]));
		this.mvc.perform(get("/api/v1/files/" + UUID.randomUUID()).with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void streamsAFiveMegabyteUpload() throws Exception {
		byte[] bytes = new byte[5 * 1024 * 1024];
		new Random(42).nextBytes(bytes);
		bytes[0] = (byte) UUID.randomUUID().hashCode();
		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		String body = upload(multipart("/api/v1/files").file(part("maccor.bin", null, bytes)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.file.sha256").value(expected))
			.andExpect(jsonPath("$.file.sizeBytes").value(bytes.length))
			.andReturn()
			.getResponse()
			.getContentAsString();
		byte[] downloaded = this.mvc.perform(get("/api/v1/files/" + JsonPath.read(body, "$.file.id") + "/content").with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(downloaded))).isEqualTo(expected);
		assertThat(blobsNamed(expected)).singleElement().satisfies(path -> assertThat(path).hasSize(bytes.length));
	}

	@Test
	void emptyFileIsRefusedNamingTheField() throws Exception {
		upload(multipart("/api/v1/files").file(part("empty.txt", "text/plain", new byte[0])))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("empty")));
	}

	@Test
	void targetNeedsTypeAndId() throws Exception {
		upload(multipart("/api/v1/files").file(part("a.txt", "text/plain", uniqueBytes("a"))).param("targetType", "sample"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("targetId"));
		upload(multipart("/api/v1/files").file(part("a.txt", "text/plain", uniqueBytes("a")))
			.param("targetType", "step")
			.param("targetId", "1")
			.param("category", "XRD")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
	}

	@Test
	void auditorMayReadButNotUpload() throws Exception {
		String auditor = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(post("/api/v1/admin/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "a-long-password", "roles": ["AUDITOR"]}""".formatted(auditor)))
			.andExpect(status().isCreated());
		this.mvc
			.perform(multipart("/api/v1/files").file(part("a.txt", "text/plain", uniqueBytes("a")))
				.with(httpBasic(auditor, "a-long-password")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/attachments").param("targetType", "step").param("targetId", "1")
			.with(httpBasic(auditor, "a-long-password"))).andExpect(status().isOk());
	}

	@Test
	void oversizedUploadGets413NamingTheLimit() throws Exception {
		String boundary = "lilims-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/files"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofByteArray(new byte[9 * 1024 * 1024]),
					HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("8MB per file");
	}

	@Test
	void browserUploadRedirectsBackAndThePanelListsTheFile() throws Exception {
		String target = "cell-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(multipart("/attachments").file(part("EIS report.pdf", "application/pdf", uniqueBytes("%PDF-1.4")))
				.param("targetType", "cell")
				.param("targetId", target)
				.param("category", "DOCUMENT")
				.param("returnTo", "/cells/" + target)
				.with(labMember())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cells/" + target));
		this.mvc.perform(get("/attachments/fragment").param("targetType", "cell").param("targetId", target)
			.header("HX-Current-URL", "http://localhost/cells/" + target + "?tab=files")
			.with(labMember()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("EIS report.pdf")))
			.andExpect(content().string(containsString("Document")))
			.andExpect(content().string(containsString("value=\"/cells/" + target + "?tab=files\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void browserUploadNeverRedirectsToAnotherSite() throws Exception {
		this.mvc
			.perform(multipart("/attachments").file(part("a.txt", "text/plain", uniqueBytes("a")))
				.param("targetType", "cell")
				.param("targetId", "x")
				.param("returnTo", "//evil.example.com/phish")
				.with(labMember())
				.with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void auditorSeesThePanelWithoutTheUploadForm() throws Exception {
		this.mvc.perform(get("/attachments/fragment").param("targetType", "cell").param("targetId", "nothing-here")
			.with(user("reader").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No files attached yet")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-attachments-upload"))));
	}

	private ResultActions upload(MockMultipartHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(admin()));
	}

	private static MockMultipartFile part(String name, String mediaType, byte[] bytes) {
		return new MockMultipartFile("file", name, mediaType, bytes);
	}

	/** Bytes no other test uploads, since all tests share one file store. */
	static byte[] uniqueBytes(String text) {
		return (text + "\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
	}

	private Stream<Path> blobsNamed(String sha256) throws IOException {
		return Files.walk(this.storage.localDir()).filter(path -> path.getFileName().toString().equals(sha256)).toList().stream();
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

	private static RequestPostProcessor labMember() {
		return user("lab-member").roles("LAB_MEMBER");
	}

}
