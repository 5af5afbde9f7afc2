package org.lilims.process;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;
import org.lilims.process.StepRequests.InputRequest;
import org.lilims.process.StepRequests.LotRequest;
import org.lilims.process.StepRequests.QuantityInput;
import org.lilims.process.StepRequests.StepRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WithMockUser(username = "alice", roles = "LAB_MEMBER")
class StepPagesIntegrationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StepService steps;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StepTemplateService templates;

	@Autowired
	StepCatalog catalog;

	@Test
	void lotFormShowsEachProblemNextToItsFieldKeepsTheInputAndStoresNothing() throws Exception {
		long before = sampleCount();
		String page = html(this.mvc.perform(post("/lots").with(csrf())
			.param("kind", "LI_FOIL_LOT")
			.param("name", "Li 500 µm")
			.param("parameters.supplier", "China Energy Lithium")
			.param("parameters.thicknessUm", "-5")
			.param("quantity.value", "100")
			.param("quantity.unit", "µL")).andExpect(status().isOk()).andReturn());

		assertErrorAfterField(page, "parameters.thicknessUm", "must be at least 1 µm, not -5");
		assertErrorAfterField(page, "parameters.supplierLot", "is required");
		assertThat(page).contains("counted in cm², not µL", "value=\"China Energy Lithium\"", "value=\"Li 500 µm\"",
				"Nothing was saved");
		assertThat(sampleCount()).isEqualTo(before);
	}

	@Test
	void lotFormRegistersTheLotAndGoesToItsPage() throws Exception {
		this.mvc.perform(post("/lots").with(csrf())
			.param("kind", "SEPARATOR_LOT")
			.param("parameters.product", "Celgard 2325")
			.param("parameters.supplier", "Celgard")
			.param("parameters.receivedDate", "2026-11-02")
			.param("quantity.value", "50")
			.param("quantity.unit", "pcs")).andExpect(redirectedUrlPattern("/samples/SP-*"));
	}

	@Test
	void stepFormMapsProblemsOfRowsBackToTheRowsShown() throws Exception {
		long before = sampleCount();
		String lot = lot();
		String unknown = html(this.mvc.perform(post("/steps").with(csrf())
			.param("type", "PVD_COATING")
			.param("inputs[0].role", "substrate")
			.param("inputs[0].code", "")
			.param("inputs[1].role", "substrate")
			.param("inputs[1].code", "LI-99999")
			.param("parameters.coatingVariant", "LZLN")
			.param("parameters.layers[0].kind", "EVAPORATION")
			.param("parameters.layers[0].material", "Zn")).andExpect(status().isOk()).andReturn());
		assertErrorAfterField(unknown, "inputs[1].code", "no sample with code LI-99999");
		assertThat(unknown).contains("value=\"LI-99999\"", "value=\"Zn\"", "value=\"LZLN\"");

		String page = html(this.mvc.perform(post("/steps").with(csrf())
			.param("type", "PVD_COATING")
			.param("inputs[0].role", "substrate")
			.param("inputs[0].code", "")
			.param("inputs[1].role", "substrate")
			.param("inputs[1].code", lot)
			.param("parameters.coatingVariant", "LZLN")
			.param("parameters.layers[0].kind", "")
			.param("parameters.layers[1].kind", "GAS_REACTION")
			.param("parameters.layers[1].gas", "N2")).andExpect(status().isOk()).andReturn());
		assertErrorAfterField(page, "parameters.layers[1].pressureMbar", "is required for a gas reaction layer");
		assertErrorAfterField(page, "parameters.layers[1].durationMin", "is required for a gas reaction layer");
		assertThat(page).contains("value=\"N2\"");
		assertThat(sampleCount()).isEqualTo(before + 1);
	}

	@Test
	void stepFormRecordsAndGoesToTheProducedSampleWhoseParametersAreLabelled() throws Exception {
		String lot = lot();
		MvcResult result = this.mvc.perform(post("/steps").with(csrf())
			.param("type", "ROLL_PRESSING")
			.param("inputs[0].role", "foil")
			.param("inputs[0].code", lot)
			.param("inputs[0].consumed.value", "10")
			.param("inputs[0].consumed.unit", "cm²")
			.param("parameters.finalThicknessUm", "130")
			.param("parameters.releaseFoil", "siliconised PET")
			.param("operator", "bob")).andExpect(redirectedUrlPattern("/samples/RP-*")).andReturn();
		String pressed = result.getResponse().getRedirectedUrl().substring("/samples/".length());

		String parameters = html(this.mvc.perform(get("/steps/parameters").param("code", pressed)).andReturn());
		assertThat(parameters).contains("Final thickness", "130", "µm", "Release foil", "siliconised PET");
		Long stepId = this.jdbc.sql("select produced_by_step_id from sample.sample where code = :code")
			.param("code", pressed)
			.query(Long.class)
			.single();
		assertThat(html(this.mvc.perform(get("/steps/" + stepId)).andExpect(status().isOk()).andReturn()))
			.contains("Roll-pressing", lot, pressed, "10 cm²", ">bob<", "Final thickness",
					"/audit/fragment?entityType=step&amp;entityId=" + stepId);
		assertThat(html(this.mvc.perform(get("/audit/fragment").param("entityType", "step")
			.param("entityId", String.valueOf(stepId))).andReturn())).contains("created");
	}

	@Test
	void pvdParametersShowTheLayersAsATable() throws Exception {
		String lot = lot();
		StepResult coated = this.steps.record(new StepRequest("PVD_COATING", List.of(new InputRequest(lot, null, null)),
				Map.of("coatingVariant", "LN", "layers",
						List.of(Map.of("kind", "GAS_REACTION", "gas", "N2", "pressureMbar", "500", "durationMin", "3"))),
				null, null, null, null, null));
		assertThat(html(this.mvc.perform(get("/steps/parameters").param("code", coated.produced().get(0))).andReturn()))
			.contains("<th>Gas pressure (mbar)</th>", "<td>GAS_REACTION</td>", "<td>500</td>", "Coating variant");
	}

	@Test
	void nextStepFollowsTheCommonPathWithTheSampleAsInput() throws Exception {
		String lot = lot();
		this.mvc.perform(get("/steps/next").param("from", lot))
			.andExpect(redirectedUrl("/steps/new?type=ROLL_PRESSING&input=" + lot));
		String form = html(this.mvc.perform(get("/steps/new").param("type", "ROLL_PRESSING").param("input", lot))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(form).contains("name=\"inputs[0].code\" value=\"" + lot + "\"", "Final thickness", "(µm)");
		assertThat(html(this.mvc.perform(get("/steps/new").param("type", "CELL_ASSEMBLY")).andReturn()))
			.contains("inputs[3].role", "<option value=\"electrolyte\" selected=\"selected\">Electrolyte</option>");
		assertThat(html(this.mvc.perform(get("/steps/new")).andReturn())).contains("Roll-pressing", "PVD coating",
				"Cell assembly", "Post-mortem");
	}

	private String lot() {
		return this.steps
			.registerLot(new LotRequest("LI_FOIL_LOT", "Li 500 µm", new QuantityInput(BigDecimal.valueOf(50), "cm2"),
					Map.of("supplier", "X", "supplierLot", "1", "thicknessUm", "500"), null, null))
			.code();
	}

	private long sampleCount() {
		return this.jdbc.sql("select count(*) from sample.sample").query(Long.class).single();
	}

	@Test
	void stepFormRefusesOverConsumptionAndStoresNothing() throws Exception {
		String lot = lot();
		long before = sampleCount();
		String page = html(this.mvc.perform(post("/steps").with(csrf())
			.param("type", "ROLL_PRESSING")
			.param("inputs[0].role", "foil")
			.param("inputs[0].code", lot)
			.param("inputs[0].consumed.value", "100000")
			.param("inputs[0].consumed.unit", "cm²")
			.param("parameters.finalThicknessUm", "130")).andExpect(status().isOk()).andReturn());
		assertThat(page).contains("left; cannot use 100000 cm²", "Nothing was saved");
		assertThat(sampleCount()).isEqualTo(before);
	}

	@Test
	void stepFormOfATemplateNamesAMissingRequiredParameter() throws Exception {
		this.templates.save(new StepTemplateService.TemplateRequest("FOIL_INSPECTION", "Foil inspection", null,
				java.util.List.of("LI_FOIL_LOT"), 1, 1, null,
				java.util.List.of(ParameterDefinition.number("darkSpotsPerCm2", "Dark spots", "pcs").mandatory()), true,
				null), this.catalog.builtInNames(), false);
		String lot = lot();
		long before = sampleCount();
		String page = html(this.mvc.perform(post("/steps").with(csrf())
			.param("type", "FOIL_INSPECTION")
			.param("inputs[0].role", "input")
			.param("inputs[0].code", lot)
			.param("inputs[0].consumed.value", "1")
			.param("inputs[0].consumed.unit", "cm²")
			.param("parameters.darkSpotsPerCm2", "")).andExpect(status().isOk()).andReturn());
		assertErrorAfterField(page, "parameters.darkSpotsPerCm2", "is required");
		assertThat(sampleCount()).isEqualTo(before);
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	/** The message follows the field's input before any other input: it stands next to that field. */
	private static void assertErrorAfterField(String page, String field, String message) {
		int input = page.indexOf("name=\"" + field + "\"");
		assertThat(input).as("field " + field).isPositive();
		String after = page.substring(input + 1);
		int nextField = after.indexOf(" name=\"");
		String upToNextField = (nextField < 0) ? after : after.substring(0, nextField);
		assertThat(upToNextField).as("error next to " + field).contains("field-error").contains(message);
	}

}
