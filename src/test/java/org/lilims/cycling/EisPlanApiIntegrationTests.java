package org.lilims.cycling;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * EIS measurement plans on cells made through the lot and step API.
 */
class EisPlanApiIntegrationTests extends IntegrationTest {

	private static final String FIRST_TEN_THEN_EVERY_FIFTH = """
			[{"fromCycle": 1, "toCycle": 10, "every": 1}, {"fromCycle": 15, "toCycle": 50, "every": 5}]""";

	@Autowired
	MockMvc mvc;

	private CellFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new CellFixtures(this.mvc, ADMIN_PASSWORD);
	}

	@Test
	void recordsAPlanLinkedToATestAndExpandsItsSchedule() throws Exception {
		String cell = this.fixtures.symmetricCell();
		long testId = cyclingTest(cell);
		long id = CyclingTestApiIntegrationTests.id(plan(cell, """
				{"potentiostat": "BioLogic VMP-300", "channel": "2", "highFrequencyHz": 100000, "lowFrequencyHz": 0.1,
				 "amplitudeMv": 10, "pointsPerDecade": 10, "cyclingTestId": %d, "schedule": %s}"""
			.formatted(testId, FIRST_TEN_THEN_EVERY_FIFTH), 201)
			.andExpect(header().string("Location", containsString("/api/v1/eis-plans/")))
			.andExpect(jsonPath("$.cellCode").value(cell))
			.andExpect(jsonPath("$.cyclingTestId").value(testId))
			.andExpect(jsonPath("$.potentiostat").value("BioLogic VMP-300"))
			.andExpect(jsonPath("$.highFrequencyHz").value(100000))
			.andExpect(jsonPath("$.lowFrequencyHz").value(0.1))
			.andExpect(jsonPath("$.amplitudeMv").value(10))
			.andExpect(jsonPath("$.pointsPerDecade").value(10))
			.andExpect(jsonPath("$.schedule", hasSize(2)))
			.andExpect(jsonPath("$.schedule[1].every").value(5))
			.andExpect(jsonPath("$.scheduledCycles", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 35, 40,
					45, 50))));
		this.mvc.perform(get("/api/v1/eis-plans/" + id).with(this.fixtures.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scheduledCycles", hasSize(18)))
			.andExpect(jsonPath("$.schedule[0].fromCycle").value(1));
		this.mvc.perform(get("/api/v1/cells/" + cell + "/eis-plans").with(this.fixtures.admin()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(id));
		this.mvc.perform(get("/api/v1/audit?entityType=eis-plan&entityId=" + id).with(this.fixtures.admin()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].action").value("CREATED"))
			.andExpect(jsonPath("$[0].after.potentiostat").value("BioLogic VMP-300"));
	}

	@Test
	void invalidPlansAreRefusedNamingEveryFieldAndNothingIsStored() throws Exception {
		String cell = this.fixtures.symmetricCell();
		plan(cell, """
				{"channel": "2", "highFrequencyHz": 0.1, "lowFrequencyHz": 100000, "amplitudeMv": -5,
				 "pointsPerDecade": 0,
				 "schedule": [{"fromCycle": 1, "toCycle": 10, "every": 1}, {"fromCycle": 50, "toCycle": 15, "every": 5}]}""",
				400)
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("potentiostat", "highFrequencyHz",
					"amplitudeMv", "pointsPerDecade", "schedule[1].toCycle")))
			.andExpect(jsonPath("$.errors[?(@.field == 'highFrequencyHz')].message",
					hasItem(containsString("must be above lowFrequencyHz"))));
		plan(cell, """
				{"potentiostat": "BioLogic VMP-300", "channel": "2", "highFrequencyHz": 100000, "lowFrequencyHz": 0.1,
				 "amplitudeMv": 10, "pointsPerDecade": 10, "schedule": []}""", 400)
			.andExpect(jsonPath("$.errors[0].field").value("schedule"));
		this.mvc.perform(get("/api/v1/cells/" + cell + "/eis-plans").with(this.fixtures.admin()))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void theLinkedTestMustExistAndBeOnTheSameCell() throws Exception {
		String cell = this.fixtures.symmetricCell();
		long otherCellsTest = cyclingTest(this.fixtures.symmetricCell());
		plan(cell, validPlan((int) otherCellsTest), 400).andExpect(jsonPath("$.errors[0].field").value("cyclingTestId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("not on " + cell)));
		plan(cell, validPlan(999999), 400).andExpect(jsonPath("$.errors[0].field").value("cyclingTestId"))
			.andExpect(jsonPath("$.errors[0].message").value("no cycling test with id 999999"));
	}

	@Test
	void plansNeedAnExistingCell() throws Exception {
		String electrodes = this.fixtures.liElectrodes();
		plan(electrodes, validPlan(null), 400).andExpect(jsonPath("$.errors[0].field").value("cellCode"));
		plan("CC-9998", validPlan(null), 404).andExpect(jsonPath("$.detail").value("No cell with code CC-9998"));
		this.mvc.perform(get("/api/v1/eis-plans/999999").with(this.fixtures.admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAuditorCannotRecordPlans() throws Exception {
		String cell = this.fixtures.symmetricCell();
		this.mvc.perform(post("/api/v1/cells/" + cell + "/eis-plans").with(this.fixtures.auditor())
			.contentType(MediaType.APPLICATION_JSON)
			.content(validPlan(null))).andExpect(status().isForbidden());
	}

	private static String validPlan(@org.jspecify.annotations.Nullable Integer cyclingTestId) {
		return """
				{"potentiostat": "BioLogic VMP-300", "channel": "2", "highFrequencyHz": 100000, "lowFrequencyHz": 0.1,
				 "amplitudeMv": 10, "pointsPerDecade": 10, "cyclingTestId": %s, "schedule": %s}"""
			.formatted(cyclingTestId, FIRST_TEN_THEN_EVERY_FIFTH);
	}

	private long cyclingTest(String cell) throws Exception {
		return this.fixtures.cyclingTest(cell, "MACCOR Series 4000", "20");
	}

	private ResultActions plan(String cell, String json, int expectedStatus) throws Exception {
		return this.mvc.perform(post("/api/v1/cells/" + cell + "/eis-plans").with(this.fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().is(expectedStatus));
	}

}
