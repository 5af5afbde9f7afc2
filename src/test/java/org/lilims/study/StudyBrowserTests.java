package org.lilims.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;

import org.junit.jupiter.api.Test;
import org.lilims.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A study defined in the browser without code: its page shows the comparison table, a chart per metric and its
 * matching cells, and excludes a cell with a reason; its plots render and export PNG and CSV files that Chromium
 * really downloads.
 */
class StudyBrowserTests extends BrowserTest {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	@Autowired
	MockMvc mvc;

	private Path downloads;

	@Override
	protected void configure(ChromeOptions options) throws IOException {
		this.downloads = Files.createTempDirectory("lilims-downloads");
		options.setExperimentalOption("prefs", Map.of("download.default_directory", this.downloads.toString(),
				"download.prompt_for_download", false));
	}

	@AfterEach
	void removeDownloads() throws IOException {
		if (this.downloads != null) {
			try (var paths = Files.walk(this.downloads)) {
				paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
			}
		}
	}

	@Test
	void theStudysPlotsRenderAndExportPngAndCsvDownloads() throws Exception {
		StudyFixtures cells = new StudyFixtures(this.mvc, ADMIN_PASSWORD);
		List<String> symmetric = List.of(cells.analysedCell(0.83, 20, 12), cells.analysedCell(0.83, 22, 12));
		List<String> full = List.of(cells.analysedFullCell(6, 9, 21), cells.analysedFullCell(8, 9, 22));
		cells.awaitAnalysed(List.of(symmetric.get(0), symmetric.get(1), full.get(0), full.get(1)));
		cells.impedance(symmetric.get(0), 3, 5);
		cells.impedance(symmetric.get(0), 9, 6);
		String created = this.mvc.perform(post("/api/v1/studies").with(httpBasic("admin", ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Plots", "metrics": ["cycleLife", "soh80Cycle"], "referenceArm": "Li_rp",
					 "arms": [{"name": "Li_rp", "configuration": "SYMMETRIC", "currentDensityMaPerCm2": 0.83},
					          {"name": "NMC622||Li", "configuration": "FULL_CELL"}]}"""))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		await().atMost(Duration.ofSeconds(60)).until(() -> JsonPath.<Integer>read(this.mvc
			.perform(get("/api/v1/cells/" + symmetric.get(0) + "/eis").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andReturn().getResponse().getContentAsString(), "$.length()") == 2);

		signInAsAdmin();
		this.browser.get(url("/studies/" + id));
		for (String chart : List.of("chart-retention", "chart-ce", "chart-rint", "chart-nyquist", "chart-profiles-full",
				"chart-profiles-symmetric", "chart-cycleLife")) {
			this.waitFor.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=" + chart + "]"),
					"data-rendered", "true"));
			assertThat(this.browser.findElements(By.cssSelector("[data-testid=" + chart + "] canvas"))).isNotEmpty();
		}
		// the SOH 80 % line is a series of its own: hiding the arm keeps it
		WebElement retention = this.browser.findElement(By.cssSelector("[data-testid=chart-retention]"));
		this.browser.executeScript("echarts.getInstanceByDom(arguments[0]).dispatchAction("
				+ "{ type: 'legendUnSelect', name: 'NMC622||Li' })", retention);
		assertThat((Boolean) this.browser.executeScript("const option = echarts.getInstanceByDom(arguments[0])"
				+ ".getOption(); return option.legend[0].selected['SOH 80 %'] !== false"
				+ " && option.legend[0].selected['NMC622||Li'] === false"
				+ " && option.series.some(s => s.name === 'SOH 80 %' && s.data.length === 2)", retention)).isTrue();
		this.browser.executeScript("echarts.getInstanceByDom(arguments[0]).dispatchAction("
				+ "{ type: 'legendSelect', name: 'NMC622||Li' })", retention);
		// the per-metric charts use the summary embedded in the page: no request for it
		assertThat((Long) this.browser.executeScript("return performance.getEntriesByType('resource')"
				+ ".filter(e => e.name.includes('/summary')).length")).isZero();
		// the default windows (75, 200, 275) lie beyond these 12-cycle cells; windows typed in the field are drawn
		WebElement windows = this.browser.findElement(By.cssSelector("[data-testid=chart-windows]"));
		this.waitFor.until(ExpectedConditions.textToBePresentInElement(windows, "No data to plot yet."));
		WebElement field = this.browser.findElement(By.id("windows-cycles"));
		field.clear();
		field.sendKeys("2, 5-6");
		this.browser.findElement(By.cssSelector("[data-testid=windows-form] button")).click();
		this.waitFor.until(ExpectedConditions.attributeToBe(windows, "data-rendered", "true"));
		assertThat((Long) this.browser.executeScript("return echarts.getInstanceByDom(arguments[0]).getOption()"
				+ ".grid.length", windows)).isEqualTo(2);
		screenshot("study-plots");
		this.browser.executeScript("arguments[0].scrollIntoView()", retention);
		screenshot("study-retention");

		clickToolboxIcon(windows, "Save as Image");
		Path png = awaitDownload("lilims-studyVoltageWindows.png");
		assertThat(Files.readAllBytes(png)).hasSizeGreaterThan(1000).startsWith(PNG_SIGNATURE);
		clickToolboxIcon(windows, "Data as CSV");
		Path csv = awaitDownload("lilims-studyVoltageWindows.csv");
		assertThat(Files.readString(csv)).startsWith("series,x,y\n")
			.contains("Li_rp " + symmetric.get(0) + " cycles 2-2", "Li_rp " + symmetric.get(1) + " cycles 5-6");

		// the report prints the same table and charts
		this.browser.get(this.browser.findElement(By.cssSelector("[data-testid=report-link]")).getAttribute("href"));
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=print]")));
		this.waitFor.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=chart-rint]"),
				"data-rendered", "true"));
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=study-comparison]")).getText())
			.contains("Li_rp", "NMC622||Li");
		assertThat(this.browser.findElements(By.tagName("form"))).isEmpty();
		screenshot("study-report");
	}

	/** Clicks a chart's toolbox icon where ECharts drew it on the canvas, found by its title. */
	private void clickToolboxIcon(WebElement chart, String title) {
		@SuppressWarnings("unchecked")
		List<Number> at = (List<Number>) this.browser.executeScript("""
				const icons = [];
				echarts.getInstanceByDom(arguments[0]).getZr().storage.getRoots()
				  .forEach(root => root.traverse(el => { if (el.__title) icons.push(el); }));
				const icon = icons.find(el => el.__title === arguments[1]);
				if (!icon) throw new Error('no icon ' + arguments[1] + ' among ' + icons.map(el => el.__title));
				const box = icon.getBoundingRect().clone();
				box.applyTransform(icon.getComputedTransform());
				return [box.x + box.width / 2, box.y + box.height / 2];""", chart, title);
		// centred, away from the sticky top bar
		this.browser.executeScript("arguments[0].scrollIntoView({ block: 'center' })", chart);
		Dimension size = chart.getSize();
		new Actions(this.browser)
			.moveToElement(chart, at.get(0).intValue() - size.getWidth() / 2, at.get(1).intValue() - size.getHeight() / 2)
			.click()
			.perform();
	}

	private Path awaitDownload(String name) {
		Path file = this.downloads.resolve(name);
		await().atMost(Duration.ofSeconds(15)).until(() -> Files.isRegularFile(file) && Files.size(file) > 0);
		return file;
	}

	@Test
	void aStudyCreatedInTheFormShowsItsComparisonTable() throws Exception {
		StudyFixtures cells = new StudyFixtures(this.mvc, ADMIN_PASSWORD);
		String cell = cells.analysedCell(0.61, 20, 40);
		String other = cells.analysedCell(0.61, 22, 40);
		long coatingRun = cells.coatingRunWithLog(cells.analysedCell("LZLN", 0.61, 30, 40));
		cells.awaitAnalysed(List.of(cell, other));

		signInAsAdmin();
		this.browser.get(url("/studies"));
		this.browser.findElement(By.id("s-name")).sendKeys("Browser study");
		this.browser.findElement(By.id("s-reference")).sendKeys("Li_rp");
		this.browser.findElement(By.id("arm-name-0")).sendKeys("Li_rp");
		new Select(this.browser.findElement(By.id("arm-coating-0"))).selectByValue("NONE");
		new Select(this.browser.findElement(By.id("arm-configuration-0"))).selectByValue("SYMMETRIC");
		this.browser.findElement(By.id("arm-name-1")).sendKeys("Li_LZLN");
		new Select(this.browser.findElement(By.id("arm-coating-1"))).selectByValue("LZLN");
		this.browser.findElement(By.id("s-cross")).sendKeys("0.61");
		this.browser.findElement(By.cssSelector("[data-testid=create-study]")).click();

		WebElement table = this.waitFor.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-testid=study-comparison]")));
		assertThat(table.getText()).contains("Li_rp @ 0.61 mA/cm²", "Li_LZLN @ 0.61 mA/cm²", "vs Li_rp @ 0.61 mA/cm²",
				"21 ± 1.41 (n = 2)")
			.containsIgnoringCase("Cycle life");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=study-cells]")).getText()).contains(cell);
		this.waitFor.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("[data-testid=chart-cycleLife][data-rendered=true]")));
		// the LZLN cell's coating run: its deposition chart, and a link to its step page
		this.waitFor.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("[data-testid=chart-deposition][data-rendered=true]")));
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=deposition-runs] a")).getAttribute("href"))
			.endsWith("/steps/" + coatingRun);
		screenshot("study");

		new Select(this.browser.findElement(By.id("x-cell"))).selectByValue(cell);
		this.browser.findElement(By.id("x-reason")).sendKeys("assembly defect");
		this.browser.findElement(By.cssSelector("[data-testid=exclude-cell]")).click();
		this.waitFor.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("[data-testid=study-cells]"), "excluded: assembly defect"));
		this.waitFor.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".timeline"),
				"cell_excluded"));
	}

}
