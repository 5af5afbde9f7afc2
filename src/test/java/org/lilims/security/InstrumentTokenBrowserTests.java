package org.lilims.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lilims.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, an administrator issues the token of an instrument account on the account's page and sees it once,
 * finds the account's token on the gateway page, and connects a new instrument from there in one step.
 */
class InstrumentTokenBrowserTests extends BrowserTest {

	@Autowired
	UserAccountService accounts;

	@Test
	void adminIssuesAnInstrumentTokenSeesItOnceAndTheGatewayListsIt() throws Exception {
		String instrument = SecurityFixtures.user(this.accounts, Role.INSTRUMENT);
		signInAsAdmin();
		this.browser.get(url("/admin/users/" + instrument));
		this.browser.findElement(By.cssSelector("[data-testid=user-tokens] #token-name"))
			.sendKeys("watch-folder agent");
		this.browser.findElement(By.cssSelector("[data-testid=user-tokens] #token-days")).sendKeys("90");
		this.browser.findElement(By.cssSelector("[data-testid=user-tokens] [data-testid=create-token]")).click();

		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=new-token]")));
		String token = this.browser.findElement(By.cssSelector("[data-testid=new-token-value]")).getText();
		assertThat(token).startsWith("lims_").hasSizeGreaterThan(40);
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=new-token]")).getText())
			.contains("it will not be shown again");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=agent-command]")).getText())
			.startsWith("java -jar lilims-exec.jar agent --watch DIR --server " + url(""))
			.contains("--token " + token, "--instrument " + instrument);
		screenshot("instrument-token-1-issued");

		this.browser.navigate().refresh();
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=user-tokens]")));
		assertThat(this.browser.findElements(By.cssSelector("[data-testid=new-token]"))).isEmpty();
		assertThat(this.browser.getPageSource()).doesNotContain(token);
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=tokens-table]")).getText())
			.contains("watch-folder agent", token.substring(0, 9) + "…", "active");

		this.browser.get(url("/gateway"));
		this.waitFor.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("[data-testid=instrument-accounts]"), instrument));
		String row = this.browser.findElements(By.cssSelector("[data-testid=instrument-token]"))
			.stream()
			.map(element -> element.getText())
			.filter(text -> text.contains(instrument))
			.findFirst()
			.orElseThrow();
		assertThat(row).contains("watch-folder agent", token.substring(0, 9) + "…", "never", "active");
		this.browser.executeScript("arguments[0].scrollIntoView()",
				this.browser.findElement(By.cssSelector("[data-testid=instrument-accounts]")));
		screenshot("instrument-token-2-gateway");
	}

	@Test
	void adminConnectsAnInstrumentFromTheGatewayPage() throws Exception {
		String instrumentId = "ARBIN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		signInAsAdmin();
		this.browser.get(url("/gateway"));
		this.waitFor.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("[data-testid=instrument-accounts] [data-testid=connect-instrument]")))
			.click();
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.id("instrumentId"))).sendKeys(instrumentId);
		this.browser.findElement(By.cssSelector("button[data-testid=connect-instrument]")).click();

		this.waitFor
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=agent-command]")));
		String token = this.browser.findElement(By.cssSelector("[data-testid=new-token-value]")).getText();
		assertThat(this.browser.getCurrentUrl()).endsWith("/admin/users/" + instrumentId.toLowerCase());
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=agent-command]")).getText())
			.isEqualTo("java -jar lilims-exec.jar agent --watch DIR --server " + url("") + " --token " + token
					+ " --instrument " + instrumentId);
		screenshot("instrument-token-3-connected");
	}

}
