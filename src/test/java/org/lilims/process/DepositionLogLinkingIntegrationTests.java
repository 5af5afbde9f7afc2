package org.lilims.process;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deposition-controller logs (Inficon SQC-310, started 2026-03-14 09:30) link to their PVD coating run: by a coated
 * foil's code in the name, else by the chamber and the time of the run; otherwise they wait in the inbox, where a lab
 * member names the run by a coated foil's code or the step id. The run's page lists its logs.
 */
class DepositionLogLinkingIntegrationTests extends IntegrationTest {

	private static final Path LOG = Path.of("src/test/resources/instrument/inficon/sqc310-layout1-zn-li.csv");

	@Autowired
	MockMvc mvc;

	@Test
	void aLogFromTheChamberOfARunThatMorningLinksToThatRun() throws Exception {
		String chamber = "PVD-" + UUID.randomUUID().toString().substring(0, 6);
		CoatingRun run = coatingRun(chamber, "2026-03-14T11:00:00Z");
		coatingRun(chamber, "2026-03-20T11:00:00Z");

		upload(chamber, "zn-li.log").andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("INFICON_SQC310"))
			.andExpect(jsonPath("$.depositionLog").value(true))
			.andExpect(jsonPath("$.state").value("LINKED"))
			.andExpect(jsonPath("$.stepId").value(run.stepId()))
			.andExpect(jsonPath("$.cellCode").value(nullValue()))
			.andExpect(jsonPath("$.linkReason").value(containsString("chamber " + chamber)));

		this.mvc.perform(get("/gateway/step-files").param("step", String.valueOf(run.stepId())).with(labMember()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("zn-li.log")));

		// the analysis compares the log's layers with the run's: Zn 300 nm at 0.5 nm/s recorded, 3.000 kÅ at 5 Å/s read
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.mvc
			.perform(get("/api/v1/steps/" + run.stepId() + "/deposition").with(admin()))
			.andReturn().getResponse().getContentAsString().equals("[]"));
		this.mvc.perform(get("/api/v1/steps/" + run.stepId() + "/deposition").with(admin()))
			.andExpect(jsonPath("$[0].fileName").value("zn-li.log"))
			.andExpect(jsonPath("$[0].algorithms['deposition-layers']").value(1))
			.andExpect(jsonPath("$[0].layers[0].material").value("Zn"))
			.andExpect(jsonPath("$[0].layers[0].finalThicknessNm").value(closeTo(300, 1e-6)))
			.andExpect(jsonPath("$[0].layers[0].targetThicknessNm").value(300.0))
			.andExpect(jsonPath("$[0].layers[0].thicknessDeviationPercent").value(closeTo(0, 1e-6)))
			.andExpect(jsonPath("$[0].layers[0].meanRateNmPerS").value(closeTo(0.5, 1e-9)))
			.andExpect(jsonPath("$[0].layers[1].material").value("Li"))
			.andExpect(jsonPath("$[0].layers[1].targetThicknessNm").value(nullValue()));
		this.mvc.perform(get("/analysis/steps/" + run.stepId() + "/deposition").with(labMember()))
			.andExpect(content().string(containsString("300.0")))
			.andExpect(content().string(containsString("data-chart=\"deposition\"")));
		this.mvc.perform(get("/analysis/steps/" + run.stepId() + "/charts/deposition").with(labMember()))
			.andExpect(jsonPath("$[0].layers[0].elapsedSeconds.length()").value(org.hamcrest.Matchers.greaterThan(2)))
			.andExpect(jsonPath("$[0].layers[0].thicknessSeriesNm.length()").value(org.hamcrest.Matchers.greaterThan(2)));
	}

	@Test
	void aCoatedFoilCodeInTheNameWinsOverTheChamber() throws Exception {
		String chamber = "PVD-" + UUID.randomUUID().toString().substring(0, 6);
		CoatingRun named = coatingRun("elsewhere", "2025-01-01T08:00:00Z");
		coatingRun(chamber, "2026-03-14T09:00:00Z");

		upload(chamber, "run_" + named.coatedFoil() + ".log").andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("LINKED"))
			.andExpect(jsonPath("$.stepId").value(named.stepId()));
	}

	@Test
	void anUnknownChamberWaitsInTheInboxAndIsAssignedByCoatedFoilCode() throws Exception {
		CoatingRun run = coatingRun("PVD-1", "2024-06-01T08:00:00Z");
		String body = upload("PVD-" + UUID.randomUUID().toString().substring(0, 6), "lonely.log")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("UNMATCHED"))
			.andExpect(jsonPath("$.linkReason").value(containsString("no PVD run recorded for chamber")))
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(body, "$.id");

		this.mvc.perform(post("/api/v1/gateway/files/" + id + "/link").with(labMember())
			.contentType(MediaType.APPLICATION_JSON).content("{\"cellCode\": \"CC-0001\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cellCode"));
		this.mvc.perform(post("/api/v1/gateway/files/" + id + "/coating-run").with(labMember())
			.contentType(MediaType.APPLICATION_JSON).content("{\"coatingRun\": \"CT-99999\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("coatingRun"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("not a coated foil")));

		this.mvc.perform(post("/api/v1/gateway/files/" + id + "/coating-run").with(labMember())
			.contentType(MediaType.APPLICATION_JSON).content("{\"coatingRun\": \"" + run.coatedFoil() + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("LINKED"))
			.andExpect(jsonPath("$.stepId").value(run.stepId()))
			.andExpect(jsonPath("$.linkReason").value(containsString("assigned by")));
		this.mvc.perform(post("/api/v1/gateway/files/" + id + "/reprocess").with(labMember()))
			.andExpect(jsonPath("$.stepId").value(run.stepId()));
	}

	@Test
	void aStepThatIsNoCoatingRunIsRefusedByItsId() throws Exception {
		String body = upload("PVD-none", "orphan.log").andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(body, "$.id");
		long pressing = ((Number) JsonPath.read(step("""
				{"type": "ROLL_PRESSING", "inputs": [{"code": "%s", "consumed": {"value": 1, "unit": "cm2"}}],
				 "parameters": {"finalThicknessUm": 130}}"""
			.formatted(liLot()), "2026-01-01T00:00:00Z"), "$.stepId")).longValue();

		this.mvc.perform(post("/gateway/files/" + id + "/coating-run").param("coatingRun", "step " + pressing)
			.with(labMember()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", containsString("is not a PVD coating run")));
	}

	private ResultActions upload(String instrument, String name) throws Exception {
		// the process line carries a random tag: each test's bytes are its own record
		String log = Files.readString(LOG, StandardCharsets.ISO_8859_1)
			.replace("Process: ZnLi-bilayer", "Process: ZnLi-" + UUID.randomUUID());
		return this.mvc.perform(multipart("/api/v1/gateway/files")
			.file(new MockMultipartFile("file", name, "text/plain", log.getBytes(StandardCharsets.ISO_8859_1)))
			.param("instrumentId", instrument)
			.with(admin()));
	}

	private CoatingRun coatingRun(String chamber, String performedAt) throws Exception {
		String result = step("""
				{"type": "PVD_COATING", "inputs": [{"code": "%s"}],
				 "parameters": {"coatingVariant": "LZ", "chamber": "%s",
				   "layers": [{"kind": "EVAPORATION", "material": "Zn", "targetThicknessNm": 300, "rateNmPerS": 0.5}]}}"""
			.formatted(liLot(), chamber), performedAt);
		return new CoatingRun(((Number) JsonPath.read(result, "$.stepId")).longValue(),
				JsonPath.read(result, "$.produced[0]"));
	}

	private String liLot() throws Exception {
		String body = this.mvc.perform(post("/api/v1/lots").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "LI_FOIL_LOT", "quantity": {"value": 10, "unit": "cm2"},
					 "parameters": {"supplier": "X", "supplierLot": "1", "thicknessUm": 500}}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.code");
	}

	private String step(String json, String performedAt) throws Exception {
		String withTime = json.trim().replaceFirst("^\\{", "{\"performedAt\": \"" + performedAt + "\", ");
		return this.mvc.perform(post("/api/v1/steps").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(withTime))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

	private static RequestPostProcessor labMember() {
		return user("lab").roles("LAB_MEMBER");
	}

	record CoatingRun(long stepId, String coatedFoil) {
	}

}
