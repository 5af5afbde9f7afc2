package org.lilims.analysis;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lilims.BrowserTest;
import org.lilims.analysis.symmetric.HalfCycleMetrics;
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
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In Chromium, a full cell's page shows the analysis of its data set: the headline metrics with their definitions as
 * help text, where they come from, the charts drawn (capacity and CE per cycle, voltage against time, profiles) and the
 * per-cycle table; a symmetric cell's page its half-cycle table and its impedance fits.
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
		// the per-cycle table: the API's values, with definitions and units as the columns' tooltips
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=cycles-table]")));
		List<CycleRow> cycles = this.analysis.cycles(cell);
		assertThat(this.browser.findElements(By.cssSelector("[data-testid=cycles-table] tbody tr")))
			.hasSize(cycles.size());
		assertThat(number(cell("cycles-table", 2, "dischargeCapacityMah")))
			.isCloseTo(cycles.get(1).dischargeCapacityMah(), within(1e-3));
		assertThat(number(cell("cycles-table", 7, "stateOfHealthPercent")))
			.isCloseTo(cycles.get(6).stateOfHealthPercent(), within(1e-2));
		assertThat(this.browser
			.findElement(By.cssSelector("[data-testid=cycles-table] th[data-column=coulombicEfficiencyPercent] abbr"))
			.getAttribute("title")).contains("Discharge / charge capacity", "Unit: %");
		this.browser.executeScript("arguments[0].scrollIntoView()",
				this.browser.findElement(By.cssSelector("[data-testid=analysis-panel]")));
		screenshot("analysis-1-cell-page");
		this.browser.executeScript("arguments[0].scrollIntoView()",
				this.browser.findElement(By.cssSelector("[data-testid=cycles-table]")));
		screenshot("analysis-3-cycles-table");
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

		// the half-cycle table: a selection first, all of them on request, the API's values
		List<HalfCycleMetrics> halfCycles = this.analysis.halfCycles(cell);
		By halfCycleRows = By.cssSelector("[data-testid=half-cycles-table] tbody tr");
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(halfCycleRows));
		assertThat(this.browser.findElements(halfCycleRows)).hasSizeLessThan(halfCycles.size());
		WebElement showAll = this.browser.findElement(By.cssSelector("[data-testid=half-cycles-show-all]"));
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", showAll);
		showAll.click();
		this.waitFor.until(ExpectedConditions.numberOfElementsToBe(halfCycleRows, halfCycles.size()));
		HalfCycleMetrics twelfth = halfCycles.get(11);
		assertThat(number(cell("half-cycles-table", twelfth.index(), "plateauVolts")))
			.isCloseTo(twelfth.plateauVolts(), within(1e-3 * twelfth.plateauVolts()));
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=half-cycles-table] th[data-column=tipVolts] abbr"))
			.getAttribute("title")).contains("before the plateau window", "Unit: V");

		// the impedance fit table: R_int with its standard error, the Lin-KK residual
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=eis-table-0]")));
		SpectrumFit fit = this.analysis.impedance(cell).get(0).spectra().get(0);
		String rInt = cell("eis-table-0", fit.spectrum(), "interphaseResistanceOhms");
		assertThat(number(rInt.split(" ± ")[0])).isCloseTo(fit.interphaseResistanceOhms(),
				within(1e-3 * fit.interphaseResistanceOhms()));
		assertThat(number(rInt.split(" ± ")[1])).isCloseTo(fit.interphaseResistanceStandardErrorOhms(),
				within(1e-3 * fit.interphaseResistanceStandardErrorOhms()));
		assertThat(number(cell("eis-table-0", fit.spectrum(), "kramersKronigMaxResidualPercent")))
			.isCloseTo(fit.kramersKronigMaxResidualPercent(), within(1e-3 * fit.kramersKronigMaxResidualPercent()));
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=eis-table-0] th[data-column=R1] abbr"))
			.getAttribute("title")).contains("Element R1", "standard error", "Unit: Ω");
		this.browser.executeScript("arguments[0].scrollIntoView()",
				this.browser.findElement(By.cssSelector("[data-testid=eis-table-section]")));
		screenshot("analysis-4-eis-table");
	}

	private String cell(String table, int key, String column) {
		return this.browser
			.findElement(By.cssSelector("[data-testid=" + table + "] tr[data-key='" + key + "'] td[data-column=" + column
					+ "]"))
			.getText();
	}

	private static double number(String shown) {
		return Double.parseDouble(shown.trim());
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
