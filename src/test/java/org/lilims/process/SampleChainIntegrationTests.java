package org.lilims.process;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole anode workflow through the API: foil lot → roll-pressing → LZLN coating → 12 mm electrodes → symmetric
 * and NMC622||Li cells → post-mortem, then the genealogy of a specimen back to the foil lot.
 */
class SampleChainIntegrationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void recordsTheWholeChainAndTracesASpecimenBackToItsFoilLot() throws Exception {
		String liLot = lot("""
				{"kind": "LI_FOIL_LOT", "name": "Li 500 µm", "quantity": {"value": 100, "unit": "cm2"},
				 "location": "Glovebox 1, drawer 2",
				 "parameters": {"supplier": "China Energy Lithium", "supplierLot": "CEL-2026-118",
				                "thicknessUm": 500, "purityPercent": 99.9, "receivedDate": "2026-11-02"}}""");
		assertThat(liLot).startsWith("LI-");
		String cathodeLot = lot("""
				{"kind": "CATHODE_SHEET_LOT", "name": "NMC622", "quantity": {"value": 200, "unit": "cm2"},
				 "parameters": {"activeMaterial": "NMC622", "composition": "95/2/3", "arealCapacityMahPerCm2": 2.3,
				                "massLoadingMgPerCm2": 12.8, "supplier": "Pilot line A"}}""");
		String electrolyte = lot("""
				{"kind": "ELECTROLYTE_LOT", "quantity": {"value": 10, "unit": "mL"},
				 "parameters": {"composition": "1 M LiPF6 in EC/EMC 3:7", "supplier": "E-Lyte"}}""");
		String separator = lot("""
				{"kind": "SEPARATOR", "quantity": {"value": 100, "unit": "pcs"},
				 "parameters": {"product": "Celgard 2325", "supplier": "Celgard"}}""");

		String pressed = produced(step("""
				{"type": "ROLL_PRESSING", "inputs": [{"code": "%s", "consumed": {"value": 10, "unit": "cm²"}}],
				 "parameters": {"finalThicknessUm": {"value": 0.13, "unit": "mm"}, "releaseFoil": "siliconised PET",
				                "dewPointC": -50}}""".formatted(liLot))
			.andExpect(jsonPath("$.samples[0].name").value("Li_rp"))
			.andExpect(jsonPath("$.samples[0].quantity.value", closeTo(38.4615, 0.001))));

		String coated = produced(step("""
				{"type": "PVD_COATING", "inputs": [{"code": "%s", "consumed": {"value": 20, "unit": "cm2"}}],
				 "parameters": {"coatingVariant": "LZLN", "chamber": "PVD-1", "basePressureMbar": 5e-6,
				   "layers": [
				     {"kind": "EVAPORATION", "material": "Zn", "boat": "W", "targetThicknessNm": 300, "rateNmPerS": 0.5},
				     {"kind": "EVAPORATION", "material": "Li", "boat": "Ta", "targetThicknessNm": 100, "rateNmPerS": 1},
				     {"kind": "GAS_REACTION", "gas": "N2", "pressureMbar": 500, "durationMin": 3}]}}"""
			.formatted(pressed))
			.andExpect(jsonPath("$.samples[0].coatingVariant").value("LZLN"))
			.andExpect(jsonPath("$.samples[0].name").value("Li_LZLN")));

		String liElectrodes = produced(step("""
				{"type": "PUNCHING", "inputs": [{"code": "%s"}], "parameters": {"diameterMm": 12, "count": 10}}"""
			.formatted(coated))
			.andExpect(jsonPath("$.samples[0].quantity.value").value(10))
			.andExpect(jsonPath("$.samples[0].coatingVariant").value("LZLN")));
		this.mvc.perform(get("/api/v1/samples/" + coated).with(admin()))
			.andExpect(jsonPath("$.remaining.value", closeTo(20 - 10 * Math.PI * 0.36, 0.001)));

		String cathodeElectrodes = produced(step("""
				{"type": "PUNCHING", "inputs": [{"code": "%s"}], "parameters": {"diameterMm": 12, "count": 4}}"""
			.formatted(cathodeLot))
			.andExpect(jsonPath("$.samples[0].parameters.electrodeType").value("CATHODE"))
			.andExpect(jsonPath("$.samples[0].parameters.capacityMah", closeTo(2.3 * Math.PI * 0.36, 0.001))));

		String symmetricCell = produced(step("""
				{"type": "CELL_ASSEMBLY",
				 "inputs": [{"code": "%1$s", "role": "workingElectrode"}, {"code": "%1$s", "role": "counterElectrode"},
				            {"code": "%2$s"}, {"code": "%3$s"}],
				 "parameters": {"format": "CR2032", "configuration": "SYMMETRIC", "electrolyteVolumeUl": 60,
				                "gloveboxH2oPpm": 0.1, "gloveboxO2Ppm": 0.3}}"""
			.formatted(liElectrodes, separator, electrolyte))
			.andExpect(jsonPath("$.samples[0].name").value("Li_LZLN Ø12||Li_LZLN Ø12")));
		String fullCell = produced(step("""
				{"type": "CELL_ASSEMBLY",
				 "inputs": [{"code": "%s", "role": "workingElectrode"}, {"code": "%s", "role": "counterElectrode"},
				            {"code": "%s"}, {"code": "%s"}],
				 "parameters": {"format": "CR2032", "configuration": "FULL_CELL", "electrolyteVolumeUl": 80}}"""
			.formatted(cathodeElectrodes, liElectrodes, separator, electrolyte))
			.andExpect(jsonPath("$.samples[0].parameters.cathodeArealCapacityMahPerCm2").value(2.3))
			// 12.8 mg/cm² over a Ø12 mm electrode (1.130973 cm²)
			.andExpect(jsonPath("$.samples[0].parameters.cathodeActiveMassMg", closeTo(14.4765, 1e-4))));
		this.mvc.perform(get("/api/v1/samples/" + liElectrodes).with(admin()))
			.andExpect(jsonPath("$.remaining.value").value(7));
		this.mvc.perform(get("/api/v1/samples/" + electrolyte).with(admin()))
			.andExpect(jsonPath("$.remaining.value").value(9860));

		String specimens = step("""
				{"type": "POST_MORTEM", "inputs": [{"code": "%s"}],
				 "parameters": {"cyclesBeforeDisassembly": 200, "specimenCount": 2,
				   "analyses": [{"technique": "CRYO_FIB_SEM", "acceleratingVoltageKv": 5, "stageTemperatureC": -160,
				                 "fibCurrentNa": 0.3, "observations": "dense Li deposit under the coating"}]}}"""
			.formatted(symmetricCell)).andReturn().getResponse().getContentAsString();
		List<String> specimenCodes = JsonPath.read(specimens, "$.produced");
		assertThat(specimenCodes).hasSize(2).allMatch(code -> code.startsWith("PM-"));
		this.mvc.perform(get("/api/v1/samples/" + symmetricCell).with(admin()))
			.andExpect(jsonPath("$.status").value("CONSUMED"));

		this.mvc.perform(get("/api/v1/samples/" + specimenCodes.get(0) + "/lineage?direction=ancestors").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[*].code", hasItems(symmetricCell, liElectrodes, coated, pressed, liLot,
					separator, electrolyte)))
			.andExpect(jsonPath("$.nodes[?(@.code == '" + liLot + "')].depth", hasItem(5)))
			.andExpect(jsonPath("$.edges[?(@.parent == '" + liLot + "' && @.child == '" + pressed + "')].stepType",
					hasItem("ROLL_PRESSING")));
		this.mvc.perform(get("/api/v1/samples/" + liLot + "/lineage?direction=descendants").with(admin()))
			.andExpect(jsonPath("$.nodes[*].code", hasItems(pressed, coated, liElectrodes, symmetricCell, fullCell,
					specimenCodes.get(1))));
		this.mvc.perform(get("/api/v1/samples/" + fullCell).with(admin()))
			.andExpect(jsonPath("$.parents[*].code", hasItems(cathodeElectrodes, liElectrodes, separator, electrolyte)))
			.andExpect(jsonPath("$.kind").value("CELL"));
		this.mvc.perform(get("/api/v1/samples/" + liLot + "/audit").with(admin()))
			.andExpect(jsonPath("$[0].action").value("CREATED"))
			.andExpect(jsonPath("$[0].actor").value("admin"))
			.andExpect(jsonPath("$[1].action").value("CONSUMED"))
			.andExpect(jsonPath("$[1].changes.remaining.to").value("90 cm²"));
		this.mvc.perform(get("/api/v1/samples?kind=CELL&coating=lzln").with(admin()))
			.andExpect(jsonPath("$.content[*].code", hasItems(symmetricCell, fullCell)));
	}

	@Test
	void stepTypesPublishTheirParameterDefinitions() throws Exception {
		this.mvc.perform(get("/api/v1/step-types").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItems("ROLL_PRESSING", "PVD_COATING", "PUNCHING", "CELL_ASSEMBLY",
					"POST_MORTEM")))
			.andExpect(jsonPath("$[?(@.name == 'ROLL_PRESSING')].parameters[?(@.name == 'finalThicknessUm')].unit",
					hasItem("µm")))
			.andExpect(jsonPath("$[?(@.name == 'ROLL_PRESSING')].parameters[?(@.name == 'finalThicknessUm')].required",
					hasItem(true)))
			.andExpect(jsonPath("$[?(@.name == 'CELL_ASSEMBLY')].inputs[*].role",
					hasItems("workingElectrode", "counterElectrode", "separator", "electrolyte")));
	}

	@Test
	void unknownInputCodeIsRefusedAndNothingIsStored() throws Exception {
		long before = sampleCount();
		step("""
				{"type": "ROLL_PRESSING", "inputs": [{"code": "LI-9999", "consumed": {"value": 1, "unit": "cm2"}}],
				 "parameters": {"finalThicknessUm": 130}}""", 400)
			.andExpect(jsonPath("$.errors[0].field").value("inputs[0].code"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("LI-9999")));
		assertThat(sampleCount()).isEqualTo(before);
	}

	@Test
	void negativeThicknessIsRefusedNamingTheField() throws Exception {
		long before = sampleCount();
		this.mvc.perform(post("/api/v1/lots").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "LI_FOIL_LOT", "quantity": {"value": 10, "unit": "cm2"},
				 "parameters": {"supplier": "X", "supplierLot": "1", "thicknessUm": -5}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parameters.thicknessUm"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("must be at least 1")));
		assertThat(sampleCount()).isEqualTo(before);
	}

	@Test
	void overConsumptionIsRefusedAndStockStaysUntouched() throws Exception {
		String liLot = lot("""
				{"kind": "LI_FOIL_LOT", "quantity": {"value": 5, "unit": "cm2"},
				 "parameters": {"supplier": "X", "supplierLot": "1", "thicknessUm": 500}}""");
		long before = sampleCount();
		step("""
				{"type": "ROLL_PRESSING", "inputs": [{"code": "%s", "consumed": {"value": 6, "unit": "cm2"}}],
				 "parameters": {"finalThicknessUm": 130}}""".formatted(liLot), 400)
			.andExpect(jsonPath("$.errors[0].field").value("inputs[0].consumed"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("has only 5 cm² left")));
		assertThat(sampleCount()).isEqualTo(before);
		this.mvc.perform(get("/api/v1/samples/" + liLot).with(admin()))
			.andExpect(jsonPath("$.remaining.value").value(5))
			.andExpect(jsonPath("$.children").isEmpty());
	}

	@Test
	void missingRequiredParameterAndWrongUnitsAreAllReported() throws Exception {
		String liLot = lot("""
				{"kind": "LI_FOIL_LOT", "quantity": {"value": 5, "unit": "cm2"},
				 "parameters": {"supplier": "X", "supplierLot": "1", "thicknessUm": 500}}""");
		step("""
				{"type": "ROLL_PRESSING", "inputs": [{"code": "%s", "consumed": {"value": 1, "unit": "µL"}}],
				 "parameters": {"dewPointC": {"value": -40, "unit": "mbar"}, "colour": "blue"}}""".formatted(liLot), 400)
			.andExpect(jsonPath("$.errors[*].field", hasItems("parameters.finalThicknessUm", "parameters.dewPointC",
					"parameters.colour")));
		step("""
				{"type": "ROLL_PRESSING", "inputs": [{"code": "%s", "consumed": {"value": 1, "unit": "µL"}}],
				 "parameters": {"finalThicknessUm": 130}}""".formatted(liLot), 400)
			.andExpect(jsonPath("$.errors[0].field").value("inputs[0].consumed"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("does not fit")));
	}

	@Test
	void pvdLayersNeedTheirKindsFields() throws Exception {
		String liLot = lot("""
				{"kind": "LI_FOIL_LOT", "quantity": {"value": 5, "unit": "cm2"},
				 "parameters": {"supplier": "X", "supplierLot": "1", "thicknessUm": 500}}""");
		step("""
				{"type": "PVD_COATING", "inputs": [{"code": "%s"}],
				 "parameters": {"coatingVariant": "LN", "layers": [{"kind": "GAS_REACTION", "gas": "N2"}]}}"""
			.formatted(liLot), 400)
			.andExpect(jsonPath("$.errors[*].field", hasItems("parameters.layers[0].pressureMbar",
					"parameters.layers[0].durationMin")));
	}

	@Test
	void symmetricCellRefusesACathode() throws Exception {
		String cathodeLot = lot("""
				{"kind": "CATHODE_SHEET_LOT", "quantity": {"value": 50, "unit": "cm2"},
				 "parameters": {"activeMaterial": "NMC622", "arealCapacityMahPerCm2": 2.3, "supplier": "A"}}""");
		String electrodes = produced(step("""
				{"type": "PUNCHING", "inputs": [{"code": "%s"}], "parameters": {"diameterMm": 13, "count": 2}}"""
			.formatted(cathodeLot)));
		step("""
				{"type": "CELL_ASSEMBLY",
				 "inputs": [{"code": "%1$s", "role": "workingElectrode"}, {"code": "%1$s", "role": "counterElectrode"}],
				 "parameters": {"format": "CR2032", "configuration": "SYMMETRIC", "electrolyteVolumeUl": 60}}"""
			.formatted(electrodes), 400)
			.andExpect(jsonPath("$.errors[0].field").value("parameters.configuration"));
	}

	@Test
	void auditorCannotRecordSteps() throws Exception {
		this.mvc
			.perform(post("/api/v1/steps").with(httpBasic("auditor-nobody", "x"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnauthorized());
	}

	private String lot(String json) throws Exception {
		String body = this.mvc.perform(post("/api/v1/lots").with(admin()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.code");
	}

	private ResultActions step(String json) throws Exception {
		return step(json, 201);
	}

	private ResultActions step(String json, int expectedStatus) throws Exception {
		return this.mvc.perform(post("/api/v1/steps").with(admin()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().is(expectedStatus));
	}

	private static String produced(ResultActions result) throws Exception {
		List<String> codes = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.produced");
		assertThat(codes).hasSize(1);
		return codes.get(0);
	}

	private long sampleCount() throws Exception {
		String body = this.mvc.perform(get("/api/v1/samples?size=1").with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.totalElements")).longValue();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

}
