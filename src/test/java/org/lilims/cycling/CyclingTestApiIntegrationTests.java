package org.lilims.cycling;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cycling tests on cells made through the lot and step API: planning, validation, life cycle, locking, routing.
 */
class CyclingTestApiIntegrationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CyclingApi cycling;

	private CellFixtures fixtures;

	private String cycler;

	@BeforeEach
	void setUp() {
		this.fixtures = new CellFixtures(this.mvc, ADMIN_PASSWORD);
		this.cycler = "MACCOR Series 4000 #" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void plansASymmetricTestOnACellAndReadsItBack() throws Exception {
		String cell = this.fixtures.symmetricCell();
		ResultActions created = plan(cell, symmetric("12"), 201)
			.andExpect(header().string("Location", containsString("/api/v1/cycling-tests/")))
			.andExpect(jsonPath("$.cellCode").value(cell))
			.andExpect(jsonPath("$.cycler").value(this.cycler))
			.andExpect(jsonPath("$.channel").value("12"))
			.andExpect(jsonPath("$.protocol.type").value("SYMMETRIC_PLATING_STRIPPING"))
			.andExpect(jsonPath("$.protocol.currentDensityMaPerCm2").value(1))
			.andExpect(jsonPath("$.protocol.arealCapacityMahPerCm2").value(0.5))
			.andExpect(jsonPath("$.protocol.cutoffVoltageV").value(1.5))
			.andExpect(jsonPath("$.temperatureC").value(25))
			.andExpect(jsonPath("$.plannedCycles").value(200))
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.startedAt").doesNotExist())
			.andExpect(jsonPath("$.createdBy").value("admin"))
			.andExpect(jsonPath("$.version").value(0));
		long id = id(created);
		this.mvc.perform(get("/api/v1/cycling-tests/" + id).with(this.fixtures.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cellCode").value(cell))
			.andExpect(jsonPath("$.protocol.type").value("SYMMETRIC_PLATING_STRIPPING"));
		this.mvc.perform(get("/api/v1/cells/" + cell + "/cycling-tests").with(this.fixtures.admin()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(id));
		this.mvc.perform(get("/api/v1/audit?entityType=cycling-test&entityId=" + id).with(this.fixtures.admin()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].action").value("CREATED"))
			.andExpect(jsonPath("$[0].actor").value("admin"))
			.andExpect(jsonPath("$[0].after.cellCode").value(cell));
	}

	@Test
	void plansAFullCellTestWithItsOneCDefinition() throws Exception {
		String cell = this.fixtures.symmetricCell();
		plan(cell, """
				{"cycler": "%s", "channel": 7, "temperatureC": 30,
				 "protocol": {"type": "full_cell_galvanostatic", "lowerVoltageV": 3.0, "upperVoltageV": 4.3,
				              "cRate": 0.2, "oneCSpecificCurrentMaPerG": 180, "restMin": 10, "formationCycles": 2}}"""
			.formatted(this.cycler), 201)
			.andExpect(jsonPath("$.channel").value("7"))
			.andExpect(jsonPath("$.protocol.type").value("FULL_CELL_GALVANOSTATIC"))
			.andExpect(jsonPath("$.protocol.lowerVoltageV").value(3.0))
			.andExpect(jsonPath("$.protocol.upperVoltageV").value(4.3))
			.andExpect(jsonPath("$.protocol.cRate").value(0.2))
			.andExpect(jsonPath("$.protocol.oneCSpecificCurrentMaPerG").value(180))
			.andExpect(jsonPath("$.protocol.formationCycles").value(2))
			.andExpect(jsonPath("$.plannedCycles").doesNotExist());
	}

	@Test
	void invalidInputIsRefusedNamingEveryFieldAndNothingIsStored() throws Exception {
		String cell = this.fixtures.symmetricCell();
		plan(cell, """
				{"channel": " ", "temperatureC": 500, "plannedCycles": 0,
				 "protocol": {"type": "SYMMETRIC_PLATING_STRIPPING", "currentDensityMaPerCm2": -1,
				              "cutoffVoltageV": 0, "cRate": 0.5}}""", 400)
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("cycler", "channel", "temperatureC",
					"plannedCycles", "protocol.currentDensityMaPerCm2", "protocol.arealCapacityMahPerCm2",
					"protocol.cutoffVoltageV", "protocol.cRate")))
			.andExpect(jsonPath("$.errors[?(@.field == 'protocol.currentDensityMaPerCm2')].message",
					hasItem(containsString("must be more than 0 mA/cm²"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'protocol.cRate')].message",
					hasItem(containsString("does not apply"))));
		this.mvc.perform(get("/api/v1/cells/" + cell + "/cycling-tests").with(this.fixtures.admin()))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aFullCellProtocolNeedsAnOrderedWindowAndOneDefinitionOfOneC() throws Exception {
		String cell = this.fixtures.symmetricCell();
		plan(cell, """
				{"cycler": "%s", "channel": "1", "temperatureC": 25,
				 "protocol": {"type": "FULL_CELL_GALVANOSTATIC", "lowerVoltageV": 4.3, "upperVoltageV": 3.0,
				              "cRate": -0.2, "oneCSpecificCurrentMaPerG": 180, "oneCCapacityMah": 4.2}}"""
			.formatted(this.cycler), 400)
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("protocol.upperVoltageV", "protocol.cRate",
					"protocol.oneCSpecificCurrentMaPerG")))
			.andExpect(jsonPath("$.errors[?(@.field == 'protocol.upperVoltageV')].message",
					hasItem(containsString("must be above lowerVoltageV"))));
		plan(cell, """
				{"cycler": "%s", "channel": "1", "temperatureC": 25, "protocol": {"type": "CCCV"}}"""
			.formatted(this.cycler), 400)
			.andExpect(jsonPath("$.errors[0].field").value("protocol.type"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("SYMMETRIC_PLATING_STRIPPING")));
		plan(cell, """
				{"cycler": "%s", "channel": "1", "temperatureC": 25}""".formatted(this.cycler), 400)
			.andExpect(jsonPath("$.errors[0].field").value("protocol"));
	}

	@Test
	void aSampleThatIsNotACellIsRefused() throws Exception {
		String electrodes = this.fixtures.liElectrodes();
		plan(electrodes, symmetric("1"), 400).andExpect(jsonPath("$.errors[0].field").value("cellCode"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("not a CELL")));
		this.mvc.perform(get("/api/v1/cells/" + electrodes + "/cycling-tests").with(this.fixtures.admin()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anUnknownCellIsNotFound() throws Exception {
		plan("CC-9999", symmetric("1"), 404).andExpect(jsonPath("$.detail").value("No cell with code CC-9999"));
		this.mvc.perform(get("/api/v1/cells/CC-9999/cycling-tests").with(this.fixtures.admin()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/cycling-tests/999999").with(this.fixtures.admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No cycling test with id 999999"));
	}

	@Test
	void runsFinishesAndIsFoundByItsChannelOnlyWhileRunning() throws Exception {
		String cell = this.fixtures.symmetricCell();
		long id = id(plan(cell, symmetric("3"), 201));
		assertThat(this.cycling.runningTestOn(this.cycler, "3")).isEmpty();

		change(id, "{\"status\": \"RUNNING\", \"version\": 0}", 200).andExpect(jsonPath("$.status").value("RUNNING"))
			.andExpect(jsonPath("$.startedAt").isNotEmpty())
			.andExpect(jsonPath("$.finishedAt").doesNotExist());
		assertThat(this.cycling.runningTestOn(" " + this.cycler.toLowerCase() + " ", "3"))
			.hasValueSatisfying(test -> assertThat(test.id()).isEqualTo(id));
		assertThat(this.cycling.runningTestOn(this.cycler, "4")).isEmpty();
		this.mvc.perform(get("/api/v1/cycling-tests").param("status", "RUNNING")
			.param("cycler", this.cycler)
			.param("channel", "3")
			.with(this.fixtures.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(id));

		change(id, "{\"status\": \"FINISHED\", \"version\": 1}", 200).andExpect(jsonPath("$.status").value("FINISHED"))
			.andExpect(jsonPath("$.finishedAt").isNotEmpty());
		assertThat(this.cycling.runningTestOn(this.cycler, "3")).isEmpty();
		change(id, "{\"status\": \"RUNNING\", \"version\": 2}", 400).andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("FINISHED and cannot become RUNNING")));
		this.mvc.perform(get("/api/v1/cycling-tests").param("status", "running").param("cycler", this.cycler)
			.with(this.fixtures.admin())).andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/v1/cycling-tests").param("status", "BROKEN").with(this.fixtures.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		this.mvc.perform(get("/api/v1/audit?entityType=cycling-test&entityId=" + id).with(this.fixtures.admin()))
			.andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("CREATED", "STATUS_CHANGED",
					"STATUS_CHANGED")))
			.andExpect(jsonPath("$[2].changes.status.from").value("RUNNING"))
			.andExpect(jsonPath("$[2].changes.status.to").value("FINISHED"));
	}

	@Test
	void abortingNeedsAReason() throws Exception {
		long id = id(plan(this.fixtures.symmetricCell(), symmetric("5"), 201));
		change(id, "{\"status\": \"RUNNING\", \"version\": 0}", 200);
		change(id, "{\"status\": \"ABORTED\", \"version\": 1}", 400)
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		change(id, "{\"status\": \"ABORTED\", \"reason\": \"short circuit after 40 h\", \"version\": 1}", 200)
			.andExpect(jsonPath("$.status").value("ABORTED"))
			.andExpect(jsonPath("$.abortReason").value("short circuit after 40 h"))
			.andExpect(jsonPath("$.finishedAt").isNotEmpty());
		this.mvc.perform(get("/api/v1/audit?entityType=cycling-test&entityId=" + id).with(this.fixtures.admin()))
			.andExpect(jsonPath("$[2].reason").value("short circuit after 40 h"));
	}

	@Test
	void aStaleVersionIsAConflict() throws Exception {
		long id = id(plan(this.fixtures.symmetricCell(), symmetric("6"), 201));
		change(id, "{\"notes\": \"moved to chamber 2\", \"version\": 0}", 200)
			.andExpect(jsonPath("$.notes").value("moved to chamber 2"))
			.andExpect(jsonPath("$.version").value(1));
		change(id, "{\"status\": \"RUNNING\", \"version\": 0}", 409)
			.andExpect(jsonPath("$.detail").value(containsString("changed by someone else")))
			.andExpect(jsonPath("$.detail").value(containsString("your version 0, now 1")));
		change(id, "{\"status\": \"RUNNING\"}", 400).andExpect(jsonPath("$.errors[0].field").value("version"));
		this.mvc.perform(get("/api/v1/cycling-tests/" + id).with(this.fixtures.admin()))
			.andExpect(jsonPath("$.status").value("PLANNED"));
	}

	@Test
	void aBusyChannelOrCellCannotStartASecondTest() throws Exception {
		long first = id(plan(this.fixtures.symmetricCell(), symmetric("8"), 201));
		long onSameChannel = id(plan(this.fixtures.symmetricCell(), symmetric("8"), 201));
		change(first, "{\"status\": \"RUNNING\", \"version\": 0}", 200);
		change(onSameChannel, "{\"status\": \"RUNNING\", \"version\": 0}", 409)
			.andExpect(jsonPath("$.detail").value(containsString("busy with running cycling test " + first)));
		String cell = this.fixtures.symmetricCell();
		long running = id(plan(cell, symmetric("9"), 201));
		long second = id(plan(cell, symmetric("10"), 201));
		change(running, "{\"status\": \"RUNNING\", \"version\": 0}", 200);
		change(second, "{\"status\": \"RUNNING\", \"version\": 0}", 409)
			.andExpect(jsonPath("$.detail").value(containsString("already running in cycling test " + running)));
	}

	@Test
	void anAuditorReadsButCannotPlanOrChangeTests() throws Exception {
		String cell = this.fixtures.symmetricCell();
		long id = id(plan(cell, symmetric("11"), 201));
		var auditor = this.fixtures.auditor();
		this.mvc.perform(post("/api/v1/cells/" + cell + "/cycling-tests").with(auditor)
			.contentType(MediaType.APPLICATION_JSON)
			.content(symmetric("11"))).andExpect(status().isForbidden());
		this.mvc.perform(patch("/api/v1/cycling-tests/" + id).with(auditor)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"RUNNING\", \"version\": 0}")).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/cycling-tests/" + id).with(auditor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PLANNED"));
		this.mvc.perform(get("/api/v1/cells/" + cell + "/cycling-tests").with(auditor))
			.andExpect(jsonPath("$", hasSize(1)));
	}

	private String symmetric(String channel) {
		return """
				{"cycler": "%s", "channel": "%s", "temperatureC": 25, "plannedCycles": 200,
				 "protocol": {"type": "SYMMETRIC_PLATING_STRIPPING", "currentDensityMaPerCm2": 1,
				              "arealCapacityMahPerCm2": 0.5, "cutoffVoltageV": 1.5},
				 "notes": "LZLN vs bare Li"}""".formatted(this.cycler, channel);
	}

	private ResultActions plan(String cell, String json, int expectedStatus) throws Exception {
		return this.mvc.perform(post("/api/v1/cells/" + cell + "/cycling-tests").with(this.fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().is(expectedStatus));
	}

	private ResultActions change(long id, String json, int expectedStatus) throws Exception {
		return this.mvc.perform(patch("/api/v1/cycling-tests/" + id).with(this.fixtures.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().is(expectedStatus));
	}

	static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

}
