package org.lilims.process;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class StepTemplateIntegrationTests extends IntegrationTest {

	private static final String PLASMA_TEMPLATE = """
			{"name": "argon plasma treatment", "label": "Ar plasma treatment",
			 "inputKinds": ["ROLL_PRESSED_FOIL"], "minInputs": 1, "maxInputs": 1, "produces": "ROLL_PRESSED_FOIL",
			 "parameters": [
			   {"name": "plasmaPowerW", "label": "Power", "type": "NUMBER", "unit": "W", "required": true, "min": 1, "max": 1000},
			   {"name": "gas", "label": "Gas", "type": "CHOICE", "choices": ["Ar", "N2"], "required": true},
			   {"name": "durationMin", "label": "Duration", "type": "NUMBER", "unit": "min"}]}""";

	@Autowired
	MockMvc mvc;

	@Test
	void adminDefinesTemplateThatValidatesAndRecordsSteps() throws Exception {
		this.mvc.perform(post("/api/v1/admin/step-templates").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content(PLASMA_TEMPLATE))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("ARGON_PLASMA_TREATMENT"))
			.andExpect(jsonPath("$.builtIn").value(false));
		this.mvc.perform(get("/api/v1/step-types").with(admin()))
			.andExpect(jsonPath("$[*].name", hasItems("ROLL_PRESSING", "ARGON_PLASMA_TREATMENT")))
			.andExpect(jsonPath("$[?(@.name == 'ARGON_PLASMA_TREATMENT')].parameters[?(@.name == 'gas')].choices[*]",
					hasItems("Ar", "N2")));

		String foil = pressedFoil();
		long samplesBefore = sampleCount();
		this.mvc.perform(post("/api/v1/steps").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"type": "ARGON_PLASMA_TREATMENT", "inputs": [{"code": "%s", "consumed": {"value": 2, "unit": "cm2"}}],
				 "parameters": {"gas": "He"}}""".formatted(foil)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("parameters.plasmaPowerW", "parameters.gas")));
		assertThat(sampleCount()).isEqualTo(samplesBefore);

		String body = this.mvc.perform(post("/api/v1/steps").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"type": "ARGON_PLASMA_TREATMENT", "inputs": [{"code": "%s", "consumed": {"value": 2, "unit": "cm2"}}],
				 "parameters": {"plasmaPowerW": 50, "gas": "ar", "durationMin": {"value": 30, "unit": "s"}}}"""
			.formatted(foil)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.samples[0].kind").value("ROLL_PRESSED_FOIL"))
			.andExpect(jsonPath("$.samples[0].quantity.value").value(2))
			.andExpect(jsonPath("$.samples[0].parameters.gas").value("Ar"))
			.andExpect(jsonPath("$.samples[0].parameters.durationMin").value(0.5))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> produced = JsonPath.read(body, "$.produced");
		this.mvc.perform(get("/api/v1/samples/" + produced.get(0)).with(admin()))
			.andExpect(jsonPath("$.parents[0].code").value(foil))
			.andExpect(jsonPath("$.producedByStepType").value("ARGON_PLASMA_TREATMENT"));
	}

	@Test
	void badTemplateDefinitionsAreRefusedFieldByField() throws Exception {
		this.mvc.perform(post("/api/v1/admin/step-templates").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "ROLL_PRESSING", "label": "",
					 "inputKinds": ["UNOBTAINIUM"],
					 "parameters": [{"name": "Bad Name", "label": "x", "type": "NUMBER", "unit": "furlong"},
					                {"name": "pick", "label": "Pick", "type": "CHOICE"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("name", "label", "inputKinds", "parameters[0].name",
					"parameters[0].unit", "parameters[1].choices")));
	}

	@Test
	void onlyAdminsDefineTemplates() throws Exception {
		this.mvc.perform(post("/api/v1/admin/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "template-pi", "password": "long-enough-password", "roles": ["PI"]}"""));
		this.mvc.perform(post("/api/v1/admin/step-templates").with(httpBasic("template-pi", "long-enough-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(PLASMA_TEMPLATE.replace("argon plasma treatment", "pi template")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/step-templates").with(httpBasic("template-pi", "long-enough-password")))
			.andExpect(status().isOk());
	}

	private String pressedFoil() throws Exception {
		String lot = JsonPath.read(this.mvc.perform(post("/api/v1/lots").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "LI_FOIL_LOT", "quantity": {"value": 10, "unit": "cm2"},
				 "parameters": {"supplier": "X", "supplierLot": "1", "thicknessUm": 500}}"""))
			.andReturn().getResponse().getContentAsString(), "$.code");
		String body = this.mvc.perform(post("/api/v1/steps").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"type": "ROLL_PRESSING", "inputs": [{"code": "%s", "consumed": {"value": 2, "unit": "cm2"}}],
				 "parameters": {"finalThicknessUm": 250}}""".formatted(lot)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.produced[0]");
	}

	private long sampleCount() throws Exception {
		return ((Number) JsonPath.read(this.mvc.perform(get("/api/v1/samples?size=1").with(admin()))
			.andReturn().getResponse().getContentAsString(), "$.totalElements")).longValue();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

}
