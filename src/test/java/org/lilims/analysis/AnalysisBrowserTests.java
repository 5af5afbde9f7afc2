package org.lilims.analysis;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lilims.BrowserTest;
import org.lilims.cycling.CellFixtures;
import org.lilims.simulator.SimulatedFiles;
import org.lilims.simulator.SymmetricCellParameters;
import org.lilims.simulator.SymmetricCellSimulator;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In Chromium, a full cell's page shows the analysis of its data set: the headline metrics with their definitions as
 * help text, where they come from, and the charts drawn (capacity and CE per cycle, voltage against time, profiles).
 */
class AnalysisBrowserTests extends BrowserTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CellAnalysis analysis;

	@Test
	void aCellPageShowsItsMetricsProvenanceAndCharts() throws Exception {
		CellFixtures fixtures = new CellFixtures(this.mvc, ADMIN_PASSWORD);
		String cell = fixtures.fullCell();
		byte[] export = SyntheticMaccorExport.fullCell(cell, new double[] { 2.30, 2.32, 2.31, 2.20, 2.00, 1.87, 1.85 },
				new double[] { 90, 99.5, 99.5, 99.5, 99.5, 99.5, 99.5 });
		this.mvc.perform(multipart("/api/v1/gateway/files")
			.file(new MockMultipartFile("file", "SYN_" + UUID.randomUUID() + ".012", "text/plain", export))
			.param("instrumentId", "MACCOR-AN")
			.param("cellCode", cell)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + fixtures.instrumentToken()))
			.andExpect(status().isCreated());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.analysis.metrics(cell).status() == CellAnalysis.AnalysisStatus.DONE);

		signInAsAdmin();
		this.browser.get(url("/samples/" + cell));
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=analysis-metrics]")));
		assertThat(this.browser.findElement(By.cssSelector("[data-metric=soh80Cycle]")).getText()).contains("7");
		assertThat(this.browser.findElement(By.cssSelector("[data-metric=soh80Cycle] abbr")).getAttribute("title"))
			.contains("reference capacity");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=analysis-provenance]")).getText())
			.contains("data set version 1", "cycle-table v1");
		for (String chart : new String[] { "chart-cycles", "chart-series", "chart-profiles" }) {
			this.waitFor.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=" + chart + "]"),
					"data-rendered", "true"));
			assertThat(this.browser.findElements(By.cssSelector("[data-testid=" + chart + "] canvas"))).isNotEmpty();
		}
		WebElement cyclesChart = this.browser.findElement(By.cssSelector("[data-testid=chart-cycles]"));
		String csv = (String) this.browser.executeScript("return window.lilimsAnalysisCharts.csv(arguments[0])",
				cyclesChart);
		assertThat(csv).startsWith("series,x,y\n").contains("\"Discharge capacity\",2,2.32");
		String svg = (String) this.browser.executeScript("return window.lilimsAnalysisCharts.svg(arguments[0])",
				cyclesChart);
		assertThat(svg).startsWith("<svg").contains("</svg>");
		this.browser.executeScript("arguments[0].scrollIntoView()",
				this.browser.findElement(By.cssSelector("[data-testid=analysis-panel]")));
		screenshot("analysis-1-cell-page");
	}

	@Test
	void aSymmetricCellPageShowsItsLifeOverpotentialsNyquistAndRint() throws Exception {
		CellFixtures fixtures = new CellFixtures(this.mvc, ADMIN_PASSWORD);
		String cell = fixtures.symmetricCell();
		fixtures.cyclingTest(cell, "MACCOR-SYM", "7");
		String token = fixtures.instrumentToken();
		SymmetricCellSimulator simulator = new SymmetricCellSimulator(
				SymmetricCellParameters.defaults().toBuilder().cycleLife(15).cyclesToRun(30).build());
		upload(cell, SimulatedFiles.maccorText(simulator, cell), "SIM.007", token);
		byte[] eis = (Files.readString(Path.of("src/test/resources/instrument/biologic/exampleDataBioLogic.mpt"),
				Charset.forName("windows-1252")) + "\r\n".repeat(1 + Math.floorMod(UUID.randomUUID().hashCode(), 500)))
			.getBytes(Charset.forName("windows-1252"));
		upload(cell, eis, "eis_C01.mpt", token);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.analysis.metrics(cell).impedanceProvenance() != null
				&& this.analysis.metrics(cell).provenance() != null);

		signInAsAdmin();
		this.browser.get(url("/samples/" + cell));
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-metric=cycleLife]")));
		assertThat(this.browser.findElement(By.cssSelector("[data-metric=cycleLife]")).getText()).contains("15");
		assertThat(this.browser.findElements(By.cssSelector("[data-metric=nucleationOvervoltageV]"))).hasSize(1);
		assertThat(this.browser.findElements(By.cssSelector("[data-metric=interphaseResistanceOhm]"))).hasSize(1);
		for (String chart : new String[] { "chart-overpotential", "chart-nyquist", "chart-rint", "chart-series" }) {
			this.waitFor.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=" + chart + "]"),
					"data-rendered", "true"));
		}
		this.browser.findElement(By.cssSelector("[data-testid=window-from]")).sendKeys("3");
		this.browser.findElement(By.cssSelector("[data-testid=window-to]")).sendKeys("4");
		this.browser.findElement(By.cssSelector("[data-testid=window-show]")).click();
		this.waitFor.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=chart-series]"), "data-window",
				"3-4"));
		this.browser.executeScript("arguments[0].scrollIntoView()",
				this.browser.findElement(By.cssSelector("[data-testid=analysis-charts]")));
		screenshot("analysis-2-symmetric-cell");
	}

	private void upload(String cell, byte[] content, String name, String token) throws Exception {
		this.mvc.perform(multipart("/api/v1/gateway/files")
			.file(new MockMultipartFile("file", name, "text/plain", content))
			.param("instrumentId", "MACCOR-SYM")
			.param("cellCode", cell)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isCreated());
	}

}
