package org.lilims.system;

import org.junit.jupiter.api.Test;
import org.lilims.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBrowserTests extends BrowserTest {

	@Test
	void adminSignsInSeesHomePageAndSignsOut() throws Exception {
		this.browser.get(url("/"));
		this.waitFor.until(ExpectedConditions.urlContains("/login"));
		screenshot("login");
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
		this.browser.findElement(By.cssSelector("[data-testid=sign-in]")).click();

		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=welcome]")));
		assertThat(this.browser.getTitle()).contains("LiLIMS");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=current-user]")).getText()).isEqualTo("admin");
		assertThat(this.browser.findElements(By.cssSelector(".mainnav a")))
			.extracting(element -> element.getText())
			.contains("Home", "Users");
		screenshot("home");
		this.browser.get(url("/admin/users"));
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=users-table]")));
		screenshot("users");
		this.browser.get(url("/account"));
		screenshot("account");

		this.browser.findElement(By.cssSelector("[data-testid=logout]")).click();
		this.waitFor.until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(this.browser.getPageSource()).contains("You have signed out");
	}

	@Test
	void wrongPasswordShowsMessageOnLoginPage() {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys("nobody");
		this.browser.findElement(By.id("password")).sendKeys("wrong");
		this.browser.findElement(By.cssSelector("[data-testid=sign-in]")).click();
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=login-error]")));
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=login-error]")).getText())
			.contains("Wrong user name or password");
	}

}
