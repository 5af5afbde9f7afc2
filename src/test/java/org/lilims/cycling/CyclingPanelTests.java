package org.lilims.cycling;

import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CyclingPanelTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void labMemberPlansStartsAndFinishesACyclingTestOnTheCellPage() throws Exception {
		String cell = new CellFixtures(this.mvc, ADMIN_PASSWORD).symmetricCell();
		this.mvc.perform(get("/samples/" + cell).with(browserAdmin()))
			.andExpect(content().string(containsString("/cycling/fragment?cell=" + cell)));
		this.mvc.perform(get("/cycling/fragment").param("cell", cell).with(browserAdmin()))
			.andExpect(content().string(containsString("No cycling test yet")));

		this.mvc.perform(post("/cells/" + cell + "/cycling-tests").with(browserAdmin()).with(csrf())
			.param("cycler", "MACCOR Series 4000")
			.param("channel", "")
			.param("protocolType", "SYMMETRIC_PLATING_STRIPPING")
			.param("arealCapacityMahPerCm2", "0.5")
			.param("cutoffVoltageV", "1.5")
			.param("temperatureC", "25"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No cycling test yet")))
			.andExpect(content().string(containsString("field-error")));

		this.mvc.perform(post("/cells/" + cell + "/cycling-tests").with(browserAdmin()).with(csrf())
			.param("cycler", "MACCOR Series 4000")
			.param("channel", "cp-" + cell)
			.param("protocolType", "SYMMETRIC_PLATING_STRIPPING")
			.param("currentDensityMaPerCm2", "1")
			.param("arealCapacityMahPerCm2", "0.5")
			.param("cutoffVoltageV", "1.5")
			.param("temperatureC", "25"))
			.andExpect(content().string(containsString("Li plating/stripping 1 mA/cm², 0.5 mAh/cm², ±1.5 V")))
			.andExpect(content().string(containsString(">planned<")));

		long id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(this.mvc
			.perform(get("/api/v1/cells/" + cell + "/cycling-tests").with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsString()).get(0).get("id").asLong();
		this.mvc.perform(post("/cycling-tests/" + id + "/status").with(browserAdmin()).with(csrf())
			.param("status", "RUNNING").param("version", "0"))
			.andExpect(content().string(containsString(">running<")));
		this.mvc.perform(post("/cycling-tests/" + id + "/status").with(browserAdmin()).with(csrf())
			.param("status", "RUNNING").param("version", "0"))
			.andExpect(content().string(containsString("flash error")))
			.andExpect(content().string(not(containsString(">planned<"))));
	}

	@Test
	void eisPlanFormExpandsTheScheduleAndNamesBadFields() throws Exception {
		String cell = new CellFixtures(this.mvc, ADMIN_PASSWORD).symmetricCell();
		this.mvc.perform(post("/cells/" + cell + "/eis-plans").with(browserAdmin()).with(csrf())
			.param("potentiostat", "BioLogic VMP-300").param("channel", "3")
			.param("highFrequencyHz", "0.1").param("lowFrequencyHz", "100000")
			.param("amplitudeMv", "10").param("pointsPerDecade", "10").param("schedule", "1-10, 15-50/5"))
			.andExpect(content().string(containsString("must be above lowFrequencyHz")));
		this.mvc.perform(post("/cells/" + cell + "/eis-plans").with(browserAdmin()).with(csrf())
			.param("potentiostat", "BioLogic VMP-300").param("channel", "3")
			.param("highFrequencyHz", "100000").param("lowFrequencyHz", "0.1")
			.param("amplitudeMv", "10").param("pointsPerDecade", "10").param("schedule", "1-10, 15-50/5"))
			.andExpect(content().string(containsString("after cycles 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 35, 40, 45, 50")));
	}

	private static RequestPostProcessor browserAdmin() {
		return user("admin").roles("ADMIN", "PI", "LAB_MEMBER");
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

}
