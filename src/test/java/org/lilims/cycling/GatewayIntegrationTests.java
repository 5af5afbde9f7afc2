package org.lilims.cycling;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hardware gateway with an instrument account's token: files are stored, parsed and linked to their cells (named,
 * by a cell code in the file, or by the cycling test running on the channel); garbage ends FAILED yet downloadable.
 * People see them on the gateway page, assign inbox files to cells (browser and API), re-process failed ones, and find
 * a cell's data files on its page.
 */
class GatewayIntegrationTests extends IntegrationTest {

	private static final Path MACCOR_001 = CellFixtures.MACCOR_001;

	private static final Path BIOLOGIC_MPT = Path.of("src/test/resources/instrument/biologic/exampleDataBioLogic.mpt");

	@Autowired
	MockMvc mvc;

	private CellFixtures fixtures;

	private String token;

	private String instrument;

	@BeforeEach
	void instrumentAccount() throws Exception {
		this.fixtures = new CellFixtures(this.mvc, ADMIN_PASSWORD);
		this.token = this.fixtures.instrumentToken();
		this.instrument = "MACCOR-" + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void namedCellLinksAndTheSameBytesAgainReturnTheSameRecord() throws Exception {
		String cell = this.fixtures.symmetricCell();
		// trailing blank lines make these bytes this test's own (the same bytes are one record across tests)
		byte[] export = (Files.readString(MACCOR_001, StandardCharsets.ISO_8859_1) + "\n\n\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		String body = upload("run.001", export, "cellCode", cell).andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("LINKED"))
			.andExpect(jsonPath("$.cellCode").value(cell))
			.andExpect(jsonPath("$.format").value("MACCOR_TEXT"))
			.andExpect(jsonPath("$.rows", greaterThan(0)))
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(body, "$.id");
		upload("run.001", export, "cellCode", cell).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
		this.mvc.perform(get("/api/v1/gateway/files/" + id + "/summary").header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(jsonPath("$.format").value("MACCOR_TEXT"))
			.andExpect(jsonPath("$.cycles").isArray());
	}

	@Test
	void garbageIsStoredMarkedFailedWithReasonAndStaysDownloadable() throws Exception {
		byte[] garbage = "this is not an instrument file\n".getBytes(StandardCharsets.UTF_8);
		String body = upload("notes.txt", garbage).andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("FAILED"))
			.andExpect(jsonPath("$.failureReason").value(containsString("unknown format")))
			.andExpect(jsonPath("$.failureLine").value(1))
			.andReturn().getResponse().getContentAsString();
		String fileId = JsonPath.read(body, "$.fileId");
		int id = JsonPath.read(body, "$.id");
		this.mvc.perform(get("/api/v1/files/" + fileId + "/content").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(garbage));
		this.mvc.perform(post("/api/v1/gateway/files/" + id + "/reprocess").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.state").value("FAILED"));
		this.mvc.perform(get("/api/v1/gateway/files?state=FAILED").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].failureReason").exists());
	}

	@Test
	void withoutCellCodeTheRunningTestOnTheChannelDecidesElseTheFileWaitsUnmatched() throws Exception {
		String text = Files.readString(MACCOR_001, StandardCharsets.ISO_8859_1).replace("SET-LN3024-104, Targray", "no cell here");
		upload("first.001", text.getBytes(StandardCharsets.ISO_8859_1), "channel", "7")
			.andExpect(jsonPath("$.state").value("UNMATCHED"))
			.andExpect(jsonPath("$.linkReason").value(containsString("no running cycling test")));

		String cell = this.fixtures.symmetricCell();
		long test = this.fixtures.cyclingTest(cell, this.instrument, "7");
		this.mvc.perform(patch("/api/v1/cycling-tests/" + test).with(httpBasic("admin", ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"RUNNING\", \"version\": 0}")).andExpect(status().isOk());
		upload("second.001", (text + "\n").getBytes(StandardCharsets.ISO_8859_1), "channel", "7")
			.andExpect(jsonPath("$.state").value("LINKED"))
			.andExpect(jsonPath("$.cellCode").value(cell));
	}

	@Test
	void cellCodeInAMaccorCommentBarcodeLinksTheFile() throws Exception {
		String cell = this.fixtures.symmetricCell();
		String text = Files.readString(MACCOR_001, StandardCharsets.ISO_8859_1)
			.replace("Comment/Barcode: SET-LN3024-104, Targray", "Comment/Barcode: " + cell + ", Targray");
		upload("formation.001", text.getBytes(StandardCharsets.ISO_8859_1), "channel", "1")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("MACCOR_TEXT"))
			.andExpect(jsonPath("$.state").value("LINKED"))
			.andExpect(jsonPath("$.cellCode").value(cell))
			.andExpect(jsonPath("$.linkReason").value("cell code in the file's comment"));
	}

	@Test
	void cellCodeInABiologicCommentsLineLinksTheFile() throws Exception {
		String cell = this.fixtures.symmetricCell();
		// EC-Lab writes a multi-line comment as several "Comments :" lines; the code is on the second
		String text = Files.readString(BIOLOGIC_MPT, StandardCharsets.ISO_8859_1)
			.replace("Nb header lines : 61", "Nb header lines : 62")
			.replaceFirst("(?m)^Comments : .*$", "Comments : 25\u00B0C, after formation\nComments : cell " + cell);
		upload("peis.mpt", text.getBytes(StandardCharsets.ISO_8859_1))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("BIOLOGIC_MPT"))
			.andExpect(jsonPath("$.state").value("LINKED"))
			.andExpect(jsonPath("$.cellCode").value(cell))
			.andExpect(jsonPath("$.linkReason").value("cell code in the file's comment"));
	}

	@Test
	void changedFileOfTheSameDataSetBecomesItsNextVersion() throws Exception {
		String cell = this.fixtures.symmetricCell();
		String text = Files.readString(MACCOR_001, StandardCharsets.ISO_8859_1);
		int first = JsonPath.read(upload("run.001", text.getBytes(StandardCharsets.ISO_8859_1), "cellCode", cell,
				"originalPath", "D:/Data/run.001").andReturn().getResponse().getContentAsString(), "$.id");
		upload("run.001", (text + "\n").getBytes(StandardCharsets.ISO_8859_1), "cellCode", cell, "originalPath",
				"D:/Data/run.001")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.datasetVersion").value(2));
		this.mvc.perform(get("/api/v1/gateway/files/" + first).header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(jsonPath("$.supersededBy").isNumber());
	}

	@Test
	void onlyInstrumentsAndAdminsSendFilesAndAMissingInstrumentIsNamed() throws Exception {
		this.mvc.perform(multipart("/api/v1/gateway/files")
			.file(new MockMultipartFile("file", "x.001", "application/octet-stream", new byte[] { 1 }))
			.param("instrumentId", "x")
			.with(this.fixtures.auditor())).andExpect(status().isForbidden());
		this.mvc.perform(multipart("/api/v1/gateway/files")
			.file(new MockMultipartFile("file", "x.001", "application/octet-stream", "abc".getBytes()))
			.header(HttpHeaders.AUTHORIZATION, bearer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("instrumentId"));
	}

	@Test
	void linkApiAssignsAnUnmatchedFileToACellAndNamesANonCell() throws Exception {
		long id = unmatchedFile("inbox.001");
		String cell = this.fixtures.symmetricCell();
		String electrodes = this.fixtures.liElectrodes();

		link(id, electrodes, admin()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cellCode"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("not a CELL")));
		link(id, "CC-99999999", admin()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cellCode"));
		link(id, cell, this.fixtures.auditor()).andExpect(status().isForbidden());
		link(Long.MAX_VALUE, cell, admin()).andExpect(status().isNotFound());

		link(id, cell, admin()).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("LINKED"))
			.andExpect(jsonPath("$.cellCode").value(cell))
			.andExpect(jsonPath("$.linkReason").value("assigned by admin"));
		this.mvc.perform(post("/api/v1/gateway/files/" + id + "/reprocess").with(admin()))
			.andExpect(jsonPath("$.state").value("LINKED"))
			.andExpect(jsonPath("$.cellCode").value(cell));
		this.mvc.perform(get("/api/v1/audit?entityType=instrument-file&entityId=" + id).with(admin()))
			.andExpect(jsonPath("$[?(@.action == 'ASSIGNED')].after.cellCode").value(cell));
	}

	@Test
	void gatewayPageShowsAFailedFilesReasonTheInboxAndTheInstrument() throws Exception {
		String garbage = "garbage-" + UUID.randomUUID() + ".txt";
		upload(garbage, ("not an instrument file " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8));
		unmatchedFile("waiting.001");

		this.mvc.perform(get("/gateway").with(labMember()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(garbage)))
			.andExpect(content().string(containsString("line 1: unknown format")))
			.andExpect(content().string(containsString(this.instrument)))
			.andExpect(content().string(containsString("data-testid=\"assign-file\"")));
		this.mvc.perform(get("/gateway").param("state", "FAILED").with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(garbage)))
			.andExpect(content().string(not(containsString("data-testid=\"reprocess-file\""))));
	}

	@Test
	void labMemberAssignsAnInboxFileToACellWhichListsItOnItsPage() throws Exception {
		long id = unmatchedFile("to-assign.001");
		String cell = this.fixtures.symmetricCell();

		this.mvc.perform(post("/gateway/files/" + id + "/link").param("cellCode", "CC-99999999")
			.with(labMember())
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("cellCode")));
		this.mvc.perform(post("/gateway/files/" + id + "/link").param("cellCode", cell.toLowerCase(Locale.ROOT))
			.with(labMember())
			.with(csrf()))
			.andExpect(redirectedUrl("/gateway"))
			.andExpect(flash().attribute("message", containsString("linked to " + cell)));
		this.mvc.perform(get("/api/v1/gateway/files/" + id).with(admin()))
			.andExpect(jsonPath("$.state").value("LINKED"))
			.andExpect(jsonPath("$.cellCode").value(cell));

		this.mvc.perform(get("/samples/" + cell).with(labMember()))
			.andExpect(content().string(containsString("/gateway/cell-files?cell=" + cell)));
		this.mvc.perform(get("/gateway/cell-files").param("cell", cell).with(labMember()))
			.andExpect(content().string(containsString("to-assign.001")))
			.andExpect(content().string(containsString("MACCOR_TEXT")));
	}

	@Test
	void reprocessFromTheBrowserNeedsALabMember() throws Exception {
		String body = upload("broken.txt", ("still garbage " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(body, "$.id");
		this.mvc.perform(post("/gateway/files/" + id + "/reprocess").with(labMember()).with(csrf()))
			.andExpect(redirectedUrl("/gateway"))
			.andExpect(flash().attribute("message", containsString("broken.txt: failed (unknown format")));
		this.mvc.perform(post("/gateway/files/" + id + "/reprocess").with(user("auditor").roles("AUDITOR")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private long unmatchedFile(String name) throws Exception {
		return this.fixtures.unmatchedFile(this.instrument, name);
	}

	private ResultActions link(long id, String cell, RequestPostProcessor as) throws Exception {
		return this.mvc.perform(post("/api/v1/gateway/files/" + id + "/link").with(as)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"cellCode\": \"%s\"}".formatted(cell)));
	}

	private static RequestPostProcessor labMember() {
		return user("lab").roles("LAB_MEMBER");
	}

	private ResultActions upload(String name, byte[] content, String... fields) throws Exception {
		var request = multipart("/api/v1/gateway/files")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("instrumentId", this.instrument)
			.header(HttpHeaders.AUTHORIZATION, bearer());
		for (int i = 0; i + 1 < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private String bearer() {
		return "Bearer " + this.token;
	}

	private RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

}
