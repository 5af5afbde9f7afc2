package org.lilims.study;

import org.junit.jupiter.api.Test;
import org.lilims.BrowserTest;
import org.lilims.cycling.CellFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A study defined in the browser without code: its page shows the comparison table and its matching cells.
 */
class StudyBrowserTests extends BrowserTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aStudyCreatedInTheFormShowsItsComparisonTable() throws Exception {
		CellFixtures fixtures = new CellFixtures(this.mvc, ADMIN_PASSWORD);
		String cell = fixtures.symmetricCell();
		fixtures.cyclingTest(cell, "MACCOR-BROWSER", "31");

		signInAsAdmin();
		this.browser.get(url("/studies"));
		this.browser.findElement(By.id("s-name")).sendKeys("Browser study");
		this.browser.findElement(By.id("s-reference")).sendKeys("Li_rp");
		this.browser.findElement(By.id("arm-name-0")).sendKeys("Li_rp");
		new Select(this.browser.findElement(By.id("arm-coating-0"))).selectByValue("NONE");
		new Select(this.browser.findElement(By.id("arm-configuration-0"))).selectByValue("SYMMETRIC");
		this.browser.findElement(By.id("arm-name-1")).sendKeys("Li_LZLN");
		new Select(this.browser.findElement(By.id("arm-coating-1"))).selectByValue("LZLN");
		this.browser.findElement(By.id("s-cross")).sendKeys("2.0");
		this.browser.findElement(By.cssSelector("[data-testid=create-study]")).click();

		WebElement table = this.waitFor.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-testid=study-comparison]")));
		assertThat(table.getText()).contains("Li_rp @ 2 mA/cm²", "Li_LZLN @ 2 mA/cm²", "vs Li_rp @ 2 mA/cm²")
			.containsIgnoringCase("Cycle life");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=study-cells]")).getText()).contains(cell);
		screenshot("study");

		new Select(this.browser.findElement(By.id("x-cell"))).selectByValue(cell);
		this.browser.findElement(By.id("x-reason")).sendKeys("assembly defect");
		this.browser.findElement(By.cssSelector("[data-testid=exclude-cell]")).click();
		this.waitFor.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("[data-testid=study-cells]"), "excluded: assembly defect"));
	}

}
