package org.lilims.study;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A study defined before its cells exist takes them in as they are analysed, and the PI's home page shows its arms'
 * changes versus the reference as the summary computes them.
 */
class StudyDashboardIntegrationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	private StudyFixtures cells;

	@BeforeEach
	void setUp() throws Exception {
		this.cells = new StudyFixtures(this.mvc, ADMIN_PASSWORD);
	}

	@Test
	void cellsMadeAfterTheStudyJoinTheirArmAndThePiSeesTheChangeOnTheHomePage() throws Exception {
		String name = "Joins later " + System.nanoTime();
		long id = this.cells.createStudy("""
				{"name": "%s", "metrics": ["cycleLife"], "referenceArm": "Li_rp",
				 "arms": [{"name": "Li_rp", "anodeCoating": "NONE", "configuration": "SYMMETRIC", "currentDensityMaPerCm2": 0.89},
				          {"name": "fast", "configuration": "SYMMETRIC", "currentDensityMaPerCm2": 0.97}]}""".formatted(name));
		assertThat(cellsOfArm(id, 0)).isEmpty();

		List<String> reference = List.of(this.cells.analysedCell(0.89, 20, 40), this.cells.analysedCell(0.89, 22, 40));
		List<String> fast = List.of(this.cells.analysedCell(0.97, 30, 40), this.cells.analysedCell(0.97, 34, 40));
		this.cells.awaitAnalysed(reference);
		this.cells.awaitAnalysed(fast);

		assertThat(cellsOfArm(id, 0)).containsExactlyInAnyOrderElementsOf(reference);
		assertThat(cellsOfArm(id, 1)).containsExactlyInAnyOrderElementsOf(fast);
		String summary = this.mvc.perform(get("/api/v1/studies/" + id + "/summary").with(admin()))
			.andReturn().getResponse().getContentAsString();
		double percent = ((Number) JsonPath.read(summary, "$.arms[1].metrics.cycleLife.change.percent")).doubleValue();
		assertThat(percent).isCloseTo(52.38, org.assertj.core.api.Assertions.within(0.01)); // 32 vs 21 cycles

		String panel = this.mvc.perform(get("/studies/home-panel").with(user("pi").roles("PI", "ADMIN")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(panel).contains(name, "Cycle life:", "fast", "+52.4 %", "vs Li_rp");
	}

	@Test
	void onlyPrincipalInvestigatorsGetTheStudiesPanelOnTheirHomePage() throws Exception {
		String piHome = this.mvc.perform(get("/").with(user("pi").roles("PI")))
			.andReturn().getResponse().getContentAsString();
		String memberHome = this.mvc.perform(get("/").with(user("member").roles("LAB_MEMBER")))
			.andReturn().getResponse().getContentAsString();
		assertThat(piHome).contains("study-highlights-slot");
		assertThat(memberHome).doesNotContain("study-highlights-slot").contains("analysis-dashboard-slot");
	}

	private List<String> cellsOfArm(long id, int arm) throws Exception {
		String summary = this.mvc.perform(get("/api/v1/studies/" + id + "/summary").with(admin()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(summary, "$.arms[" + arm + "].cells[*].code");
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

}
