package org.lilims.analysis;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;
import org.lilims.cycling.CellFixtures;
import org.lilims.simulator.SimulatedFiles;
import org.lilims.simulator.SymmetricCellParameters;
import org.lilims.simulator.SymmetricCellSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page's panels: a running test with its latest analysed cycle and a sparkline, a cell that reached its
 * cut-off, a file the gateway could not parse, and the recent activity.
 */
class HomeDashboardIntegrationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CellAnalysis analysis;

	@Test
	void showsRunningTestsFailedCellsFilesToLookAtAndRecentActivity() throws Exception {
		CellFixtures fixtures = new CellFixtures(this.mvc, ADMIN_PASSWORD);
		String cell = fixtures.symmetricCell();
		long test = fixtures.cyclingTest(cell, "MACCOR-HOME", "3");
		this.mvc.perform(patch("/api/v1/cycling-tests/" + test).with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"RUNNING\", \"version\": 0}")).andExpect(status().isOk());
		String token = fixtures.instrumentToken();
		SymmetricCellSimulator simulator = new SymmetricCellSimulator(
				SymmetricCellParameters.defaults().toBuilder().cycleLife(12).cyclesToRun(20).build());
		upload(cell, SimulatedFiles.maccorText(simulator, cell), "HOME.003", token);
		String garbage = "garbage-" + UUID.randomUUID() + ".052";
		upload(null, ("Today's Date 10/10/2019\nnot a column line " + UUID.randomUUID() + "\n").getBytes(), garbage,
				token);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.analysis.metrics(cell).status() == CellAnalysis.AnalysisStatus.DONE);

		this.mvc.perform(get("/analysis/dashboard").with(labMember()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-cell=\"" + cell + "\"")))
			.andExpect(content().string(containsString("<svg class=\"sparkline\"")))
			.andExpect(content().string(containsString(cell + "</a>")))
			.andExpect(content().string(containsString("reached its cut-off after 12 cycles")));
		this.mvc.perform(get("/gateway/attention").with(labMember()))
			.andExpect(content().string(containsString(garbage)));
		this.mvc.perform(get("/audit/recent").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("data-testid=\"recent-activity\"")))
			.andExpect(content().string(containsString("by admin")));
		this.mvc.perform(get("/").with(labMember()))
			.andExpect(content().string(containsString("data-testid=\"analysis-dashboard-slot\"")));
	}

	private void upload(String cell, byte[] content, String name, String token) throws Exception {
		var request = multipart("/api/v1/gateway/files").file(new MockMultipartFile("file", name, "text/plain", content))
			.param("instrumentId", "MACCOR-HOME")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		if (cell != null) {
			request.param("cellCode", cell);
		}
		this.mvc.perform(request).andExpect(status().isCreated());
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

	private static RequestPostProcessor labMember() {
		return user("lab").roles("LAB_MEMBER");
	}

}
