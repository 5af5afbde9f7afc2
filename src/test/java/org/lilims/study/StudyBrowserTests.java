package org.lilims.study;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lilims.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A study defined in the browser without code: its page shows the comparison table, a chart per metric and its
 * matching cells, and excludes a cell with a reason.
 */
class StudyBrowserTests extends BrowserTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aStudyCreatedInTheFormShowsItsComparisonTable() throws Exception {
		StudyFixtures cells = new StudyFixtures(this.mvc, ADMIN_PASSWORD);
		String cell = cells.analysedCell(0.61, 20, 40);
		String other = cells.analysedCell(0.61, 22, 40);
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
