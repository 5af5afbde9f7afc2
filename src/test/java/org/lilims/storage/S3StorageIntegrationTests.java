package org.lilims.storage;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole application with its files in an S3 bucket (a real S3 API server): upload, dedup and download through
 * the API. Its own context, on its own embedded PostgreSQL.
 */
@SpringBootTest(properties = "lilims.storage.backend=s3")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class S3StorageIntegrationTests {

	private static final String BUCKET = "lilims-app-" + System.nanoTime();

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void bucket(DynamicPropertyRegistry registry) throws Exception {
		StorageProperties.S3 s3 = S3TestServer.settings(BUCKET);
		registry.add("lilims.storage.s3.endpoint", s3::endpoint);
		registry.add("lilims.storage.s3.bucket", s3::bucket);
		registry.add("lilims.storage.s3.access-key", s3::accessKey);
		registry.add("lilims.storage.s3.secret-key", s3::secretKey);
	}

	@Test
	void uploadedFileLivesInTheBucketOnceAndDownloadsWithItsName() throws Exception {
		byte[] content = "MACCOR, INC.    AC Impedance Test\n".getBytes(StandardCharsets.US_ASCII);
		String first = this.mvc.perform(multipart("/api/v1/files")
			.file(new MockMultipartFile("file", "cell-7.EDA0001.041", "text/plain", content))
			.with(httpBasic("admin", "test-admin-password")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc.perform(multipart("/api/v1/files")
			.file(new MockMultipartFile("file", "again.041", "text/plain", content))
			.with(httpBasic("admin", "test-admin-password")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(first, "$.file.id");
		assertThat((String) JsonPath.read(second, "$.file.id")).isEqualTo(id);

		this.mvc.perform(get("/api/v1/files/" + id + "/content").with(httpBasic("admin", "test-admin-password")))
			.andExpect(status().isOk())
			.andExpect(content().bytes(content));
		try (S3Client client = StorageConfiguration.s3Client(S3TestServer.settings(BUCKET))) {
			assertThat(client.listObjectsV2(request -> request.bucket(BUCKET)).contents())
				.extracting(object -> object.key())
				.containsExactly(S3BlobStore.key((String) JsonPath.read(first, "$.file.sha256")));
		}
	}

}
