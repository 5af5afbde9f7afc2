package org.lilims.sample;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SEM images and other files attached to samples: the sample must exist, the attachment shows on the sample's audit
 * trail, and images get previews.
 */
class SampleAttachmentIntegrationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void attachesSeveralFilesToASampleAndRecordsThemOnItsAuditTrail() throws Exception {
		String lot = lot();
		String body = this.mvc
			.perform(multipart("/api/v1/samples/" + lot + "/attachments")
				.file(new MockMultipartFile("file", "cross-section.png", "image/png", png(64, 48)))
				.file(new MockMultipartFile("file", "notes.txt", "text/plain", ("notes " + lot).getBytes()))
				.param("category", "SEM_IMAGE")
				.param("caption", "Cryo-FIB cross-section, 5 kV")
				.with(admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].target.id").value(lot))
			.andExpect(jsonPath("$[0].file.mediaType").value("image/png"))
			.andExpect(jsonPath("$[1].caption").value("Cryo-FIB cross-section, 5 kV"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		this.mvc.perform(get("/api/v1/samples/" + lot + "/attachments").with(admin()))
			.andExpect(jsonPath("$[*].file.originalName").value(org.hamcrest.Matchers.contains("cross-section.png", "notes.txt")))
			.andExpect(jsonPath("$[0].category").value("SEM_IMAGE"));
		this.mvc.perform(get("/api/v1/samples/" + lot + "/audit").with(admin()))
			.andExpect(jsonPath("$[?(@.action == 'FILE_ATTACHED')].after.fileName", hasItem("cross-section.png")))
			.andExpect(jsonPath("$[?(@.action == 'FILE_ATTACHED')].actor", hasItem("admin")))
			.andExpect(jsonPath("$[?(@.action == 'FILE_ATTACHED')].after.sha256",
					hasItem((String) JsonPath.read(body, "$[0].file.sha256"))));
	}

	@Test
	void previewsAPngAndConvertsATiff() throws Exception {
		String lot = lot();
		String body = this.mvc
			.perform(multipart("/api/v1/samples/" + lot + "/attachments")
				.file(new MockMultipartFile("file", "sem.png", null, png(40, 30)))
				.file(new MockMultipartFile("file", "edx.tif", "image/tiff", image("tiff", 2400, 1200)))
				.with(admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[1].file.mediaType").value("image/tiff"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		byte[] pngPreview = this.mvc.perform(get("/files/" + JsonPath.read(body, "$[0].file.id") + "/preview").with(reader()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(pngPreview));
		assertThat(image.getWidth()).isEqualTo(40);
		assertThat(new Color(image.getRGB(5, 5))).isEqualTo(Color.ORANGE);

		byte[] tiffPreview = this.mvc.perform(get("/files/" + JsonPath.read(body, "$[1].file.id") + "/preview").with(reader()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage converted = ImageIO.read(new ByteArrayInputStream(tiffPreview));
		assertThat(converted.getWidth()).isLessThanOrEqualTo(1024).isGreaterThan(500);

		this.mvc.perform(get("/attachments/fragment").param("targetType", "sample").param("targetId", lot).with(reader()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/preview")));
	}

	@Test
	void textFilesHaveNoPreview() throws Exception {
		String lot = lot();
		String body = this.mvc
			.perform(multipart("/api/v1/samples/" + lot + "/attachments")
				.file(new MockMultipartFile("file", "fake.png", "image/png", ("<html> " + lot).getBytes()))
				.with(admin()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc.perform(get("/files/" + JsonPath.read(body, "$[0].file.id") + "/preview").with(reader()))
			.andExpect(status().isNotFound());
	}

	@Test
	void unknownSampleIs404() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/samples/LI-99999/attachments")
				.file(new MockMultipartFile("file", "a.txt", "text/plain", "a".getBytes()))
				.with(admin()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/samples/LI-99999/attachments").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void emptyFileIs400() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/samples/" + lot() + "/attachments")
				.file(new MockMultipartFile("file", "empty.tif", "image/tiff", new byte[0]))
				.with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	private String lot() throws Exception {
		String body = this.mvc.perform(post("/api/v1/lots").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "LI_FOIL_LOT", "quantity": {"value": 10, "unit": "cm2"},
				 "parameters": {"supplier": "X", "supplierLot": "1", "thicknessUm": 500}}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.code");
	}

	private static byte[] png(int width, int height) throws IOException {
		return image("png", width, height);
	}

	/** A solid orange image with a random pixel, so no two tests upload the same bytes. */
	private static byte[] image(String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < width; x++) {
			for (int y = 0; y < height; y++) {
				image.setRGB(x, y, Color.ORANGE.getRGB());
			}
		}
		image.setRGB(width - 1, height - 1, (int) (Math.random() * 0xFFFFFF));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

	private static RequestPostProcessor reader() {
		return user("reader").roles("AUDITOR");
	}

}
