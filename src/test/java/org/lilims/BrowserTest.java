package org.lilims;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Base of real-browser tests: Debian's Chromium driven by Selenium through its chromedriver (no browser download).
 * Where Chromium is missing the tests are skipped with a hint, except in CI ({@code CI=true}), where a missing
 * browser is an error because {@code .ci/run} installs it.
 */
public abstract class BrowserTest extends IntegrationTest {

	static final Path CHROMIUM = Path.of(System.getProperty("lilims.test.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("lilims.test.chromedriver", "/usr/bin/chromedriver"));

	@LocalServerPort
	protected int port;

	protected ChromeDriver browser;

	protected WebDriverWait waitFor;

	private Path profileDir;

	@BeforeEach
	void startBrowser() throws Exception {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			fail("Chromium is missing in CI: .ci/run should have installed chromium and chromium-driver");
		}
		assumeTrue(installed, "Browser tests need Chromium: sudo apt-get install chromium chromium-driver");
		this.profileDir = Files.createTempDirectory("lilims-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + this.profileDir);
		configure(options);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.waitFor = new WebDriverWait(this.browser, Duration.ofSeconds(15));
	}

	/** Lets a test add to the browser's options (e.g. a download directory) before it starts. */
	protected void configure(ChromeOptions options) throws java.io.IOException {
	}

	@AfterEach
	void stopBrowser() throws Exception {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.profileDir != null) {
			try (var paths = Files.walk(this.profileDir)) {
				paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	/**
	 * Saves what the browser shows to {@code target/screenshots/<name>.png}, for people to look at (README, CI
	 * artefacts).
	 */
	protected void screenshot(String name) throws java.io.IOException {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, this.browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
	}

	/** Signs in as the bootstrapped {@code admin} through the sign-in form. */
	protected void signInAsAdmin() {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
		this.browser.findElement(By.cssSelector("[data-testid=sign-in]")).click();
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=current-user]")));
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
