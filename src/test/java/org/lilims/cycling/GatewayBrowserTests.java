package org.lilims.cycling;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lilims.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lab member finds a file in the gateway's inbox in Chromium, assigns it to its cell with two clicks, and sees it
 * among the data files on the cell's page (loaded with htmx).
 */
class GatewayBrowserTests extends BrowserTest {

	@Autowired
	MockMvc mvc;

	@Test
	void inboxFileAssignedToACellShowsOnTheCellsPage() throws Exception {
		CellFixtures fixtures = new CellFixtures(this.mvc, ADMIN_PASSWORD);
		String cell = fixtures.symmetricCell();
		String name = "inbox-" + UUID.randomUUID().toString().substring(0, 8) + ".001";
		long id = fixtures.unmatchedFile("MACCOR-" + UUID.randomUUID().toString().substring(0, 6), name);

		signInAsAdmin();
		this.browser.findElement(By.linkText("Gateway")).click();
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=gateway-inbox]")));
		screenshot("gateway-1-inbox");
		this.browser.findElement(By.id("cell-" + id)).sendKeys(cell);
		this.browser.findElement(By.cssSelector("#cell-" + id + " ~ [data-testid=assign-file]")).click();
		this.waitFor.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.success"),
				name + " is now linked to " + cell));

		this.browser.get(url("/samples/" + cell));
		this.waitFor.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=cell-files]"),
				name));
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=cell-files]")).getText()).contains("MACCOR_TEXT",
				"linked");
		this.browser.executeScript("arguments[0].scrollIntoView()",
				this.browser.findElement(By.cssSelector("[data-testid=cell-files-panel]")));
		screenshot("gateway-2-cell-files");
	}

}
