package org.lilims.sample;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SampleUpdateIntegrationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void secondWriterWithStaleVersionGetsConflictAndFirstChangeIsKept() throws Exception {
		String body = this.mvc.perform(post("/api/v1/lots").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "SEPARATOR_LOT", "quantity": {"value": 50, "unit": "pcs"}, "location": "Shelf A",
				 "parameters": {"product": "Celgard 2325", "supplier": "Celgard"}}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = JsonPath.read(body, "$.code");
		int version = JsonPath.read(body, "$.version");

		this.mvc.perform(patch("/api/v1/samples/" + code).with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"location\": \"Glovebox 2\", \"reason\": \"moved for cell build\", \"version\": %d}".formatted(version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.location").value("Glovebox 2"));
		this.mvc.perform(patch("/api/v1/samples/" + code).with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"location\": \"Shelf B\", \"version\": %d}".formatted(version)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("changed by someone else")));

		this.mvc.perform(get("/api/v1/samples/" + code).with(admin()))
			.andExpect(jsonPath("$.location").value("Glovebox 2"));
		this.mvc.perform(get("/api/v1/samples/" + code + "/audit").with(admin()))
			.andExpect(jsonPath("$[1].action").value("UPDATED"))
			.andExpect(jsonPath("$[1].reason").value("moved for cell build"))
			.andExpect(jsonPath("$[1].changes.location.from").value("Shelf A"))
			.andExpect(jsonPath("$[1].changes.location.to").value("Glovebox 2"));
	}

	@Test
	void disposingRecordsAStatusChangeAndDisposedSamplesCannotBeUsed() throws Exception {
		String code = JsonPath.read(this.mvc.perform(post("/api/v1/lots").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "LI_FOIL_LOT", "quantity": {"value": 10, "unit": "cm2"},
				 "parameters": {"supplier": "X", "supplierLot": "1", "thicknessUm": 500}}"""))
			.andReturn().getResponse().getContentAsString(), "$.code");
		this.mvc.perform(patch("/api/v1/samples/" + code).with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"DISPOSED\", \"reason\": \"oxidised: grey surface\"}"))
			.andExpect(jsonPath("$.status").value("DISPOSED"));
		this.mvc.perform(post("/api/v1/steps").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"type": "ROLL_PRESSING", "inputs": [{"code": "%s", "consumed": {"value": 1, "unit": "cm2"}}],
				 "parameters": {"finalThicknessUm": 130}}""".formatted(code)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("disposed")));
		this.mvc.perform(get("/api/v1/samples/" + code + "/audit").with(admin()))
			.andExpect(jsonPath("$[1].action").value("STATUS_CHANGED"))
			.andExpect(jsonPath("$[1].reason").value("oxidised: grey surface"));
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

}
