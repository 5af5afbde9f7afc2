package org.lilims.demo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.lilims.LiLimsApplication;
import org.lilims.simulator.CoatingStudyScenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The study page of the demo with every arm full: 3 coatings × 3 current densities × 5 Li||Li cells (plus the
 * impedance and post-mortem cells listed as excluded), each analysed from its simulated MACCOR file of up to a few
 * hundred cycles, opened in Chromium until its comparison table and every chart are drawn. Run:
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=StudyPageBenchmark}. Setting up (loading and
 * analysing the demo with 5 replicates) takes a few minutes; the goal is a page ready in under 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 20)
@Fork(1)
public class StudyPageBenchmark {

	private static final String PASSWORD = "benchmark-admin-password";

	private Path dataDir;

	private ConfigurableApplicationContext app;

	private ChromeDriver browser;

	private Path profileDir;

	private String studyUrl;

	@Setup(Level.Trial)
	public void loadTheDemoAndOpenABrowser() throws Exception {
		this.dataDir = Files.createTempDirectory("lilims-study-benchmark");
		this.app = new SpringApplicationBuilder(LiLimsApplication.class)
			.properties("LIMS_DATA_DIR=" + this.dataDir, "LIMS_PORT=0", "LIMS_ADMIN_PASSWORD=" + PASSWORD,
					"logging.level.root=WARN")
			.run();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
					List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		Map<String, String> codes = this.app.getBean(DemoLoader.class)
			.load(CoatingStudyScenario.create(7476, 5), cell -> true);
		SecurityContextHolder.clearContext();
		DemoAnalyses.awaitEvery(this.app.getBean(JdbcClient.class), Duration.ofMinutes(20), Duration.ofSeconds(2));
		int port = ((WebServerApplicationContext) this.app).getWebServer().getPort();
		this.studyUrl = "http://localhost:" + port + "/studies/" + codes.get(DemoStudies.SYMMETRIC_STUDY);
		startBrowser();
		this.browser.get("http://localhost:" + port + "/login");
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("[data-testid=sign-in]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=current-user]")));
	}

	private void startBrowser() throws IOException {
		this.profileDir = Files.createTempDirectory("lilims-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(new File("/usr/bin/chromium"))
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + this.profileDir);
		this.browser = new ChromeDriver(new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build(), options);
	}

	/** From navigation until the comparison table is shown and every chart on the page has drawn its data. */
	@Benchmark
	public long openTheStudyPage() {
		this.browser.get(this.studyUrl);
		new WebDriverWait(this.browser, Duration.ofSeconds(30), Duration.ofMillis(10)).until(driver -> {
			Object pending = ((JavascriptExecutor) driver).executeScript("""
					const table = document.querySelector('[data-testid=study-comparison]');
					const charts = document.querySelectorAll('[data-chart]');
					const waiting = [...charts].filter(c => c.dataset.rendered !== 'true'
					    && !c.classList.contains('chart-empty'));
					return (table && charts.length > 0) ? waiting.length : -1;""");
			return ((Number) pending).longValue() == 0;
		});
		return this.browser.findElements(By.cssSelector("[data-chart][data-rendered=true]")).size();
	}

	@TearDown(Level.Trial)
	public void stop() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.app != null) {
			this.app.close();
		}
		for (Path dir : new Path[] { this.profileDir, this.dataDir }) {
			if (dir != null) {
				try (var paths = Files.walk(dir)) {
					paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
				}
			}
		}
	}

}
