package org.lilims.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;
import org.lilims.simulator.CoatingStudyScenario;
import org.lilims.simulator.CoatingStudyScenario.Arm;
import org.lilims.simulator.CoatingStudyScenario.Cell;
import org.lilims.simulator.CoatingStudyScenario.Configuration;
import org.lilims.simulator.CoatingStudyScenario.PostMortem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's coating study, loaded through the process module, the cycling module and the gateway (of 3 replicates,
 * the 1.0 mA/cm² symmetric cells and the full cells): the analysis then gives back the simulated ground truth — the
 * Li_LZLN cell's cycle life, a full cell's SOH 80 % cycle, the LZLN coating run's Zn layer.
 */
class DemoLoaderIntegrationTests extends IntegrationTest {

	@Autowired
	DemoLoader loader;

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void theLoadedStudyIsAnalysedBackToItsGroundTruth() throws Exception {
		CoatingStudyScenario scenario = CoatingStudyScenario.create();
		Cell symmetric = scenario.cells(Arm.LI_LZLN, Configuration.SYMMETRIC_LI_LI, 1.0).get(0);
		Cell full = scenario.cells(Arm.LI_LZLN, Configuration.NMC622_LI, null).get(0);

		PostMortem postMortem = scenario.postMortems().stream().filter(pm -> pm.arm() == Arm.LI_LZLN).findFirst()
			.orElseThrow();
		Map<String, String> codes = this.loader.load(scenario, cell -> cell.code().equals(symmetric.code())
				|| cell.code().equals(full.code()) || cell.code().equals(postMortem.cellCode()));

		String symmetricCode = codes.get(symmetric.code());
		String fullCode = codes.get(full.code());
		assertThat(symmetricCode).startsWith("CC-");
		awaitAnalysed(symmetricCode);
		awaitAnalysed(fullCode);
		assertThat(metric(symmetricCode, "cycleLife")).isEqualTo(symmetric.symmetricTruth().cycleLife());
		assertThat(metric(symmetricCode, "nucleationOvervoltageV"))
			.isCloseTo(symmetric.symmetricTruth().nucleationOvervoltageVolts(), within(0.01));
		assertThat(metric(fullCode, "soh80Cycle")).isEqualTo(full.fullCellTruth().soh80Cycle());
		// the demo's study puts the cell into its coating and current density arm, with the analysis' value
		String study = codes.get("Coatings × current density, Li||Li (demo)");
		List<Number> lives = JsonPath.read(body("/api/v1/studies/" + study + "/summary"),
				"$.arms[?(@.name == 'Li_LZLN @ 1 mA/cm²')].cells[?(@.code == '" + symmetricCode
						+ "')].metrics.cycleLife.value");
		assertThat(lives).singleElement()
			.satisfies(life -> assertThat(life.intValue()).isEqualTo(symmetric.symmetricTruth().cycleLife()));

		// the post-mortem cell is symmetric at 1 mA/cm² too, but stopped early: listed in the arm, excluded with why
		List<Boolean> included = JsonPath.read(body("/api/v1/studies/" + study + "/summary"),
				"$.arms[?(@.name == 'Li_LZLN @ 1 mA/cm²')].cells[?(@.code == '" + codes.get(postMortem.cellCode())
						+ "')].included");
		assertThat(included).containsExactly(false);

		// the post-mortem step carries its (placeholder) SEM pictures, downloadable under their names
		String postMortemStep = codes.get("PM:" + postMortem.cellCode() + ":" + postMortem.afterCycles());
		String pictures = body("/api/v1/attachments?targetType=step&targetId=" + postMortemStep);
		List<String> names = JsonPath.read(pictures, "$[*].file.originalName");
		assertThat(names).containsExactlyInAnyOrderElementsOf(
				postMortem.images().stream().map(CoatingStudyScenario.Image::fileName).toList());
		List<String> categories = JsonPath.read(pictures, "$[*].category");
		assertThat(categories).containsOnly("SEM_IMAGE");

		// the full cells' study plots the LZLN cell's state of health, and the arm's mean equals it (one cell)
		String fullStudy = codes.get("Coatings, NMC622||Li (demo)");
		String retention = this.mvc.perform(get("/studies/" + fullStudy + "/retention").with(user("admin").roles("ADMIN")))
			.andReturn().getResponse().getContentAsString();
		List<String> curves = JsonPath.read(retention, "$.arms[?(@.name == 'Li_LZLN')].cells[*].code");
		assertThat(curves).containsExactly(fullCode);
		List<Number> firstMean = JsonPath.read(retention, "$.arms[?(@.name == 'Li_LZLN')].meanSohPercent[0]");
		List<Number> firstCell = JsonPath.read(retention, "$.arms[?(@.name == 'Li_LZLN')].cells[0].sohPercent[0]");
		assertThat(firstMean.get(0).doubleValue()).isEqualTo(firstCell.get(0).doubleValue());

		String lzlnRun = scenario.coatingRuns().stream().filter(run -> run.arm() == Arm.LI_LZLN).findFirst()
			.orElseThrow().code();
		String stepId = codes.get(lzlnRun);
		await().atMost(Duration.ofSeconds(60)).until(() -> !body("/api/v1/steps/" + stepId + "/deposition").equals("[]"));
		List<Number> zinc = JsonPath.read(body("/api/v1/steps/" + stepId + "/deposition"),
				"$[0].layers[?(@.material == 'Zn')].finalThicknessNm");
		assertThat(zinc).singleElement().satisfies(nm -> assertThat(nm.doubleValue()).isCloseTo(300, within(15.0)));
	}

	@Test
	void administratorsAreOfferedTheDemoUntilItIsLoaded() throws Exception {
		this.mvc.perform(get("/admin/demo/panel").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("data-testid=\"load-demo\"")));
		this.mvc.perform(get("/admin/demo/panel").with(user("lab").roles("LAB_MEMBER")))
			.andExpect(status().isForbidden());
	}

	private double metric(String cell, String name) throws Exception {
		List<Number> values = JsonPath.read(body("/api/v1/cells/" + cell + "/metrics"),
				"$.metrics[?(@.name == '" + name + "')].value");
		assertThat(values).as(name).hasSize(1);
		return values.get(0).doubleValue();
	}

	private void awaitAnalysed(String cell) {
		await().atMost(Duration.ofSeconds(90)).until(() -> "DONE".equals(
				JsonPath.read(body("/api/v1/cells/" + cell + "/metrics"), "$.status")));
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path).with(admin())).andReturn().getResponse().getContentAsString();
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

}
