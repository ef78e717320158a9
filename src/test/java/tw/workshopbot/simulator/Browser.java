package tw.workshopbot.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven through its own chromedriver: no driver is downloaded
 * (none can be here). Without a browser on the machine the tests that need one are
 * skipped, saying why; with {@code CI=true} they fail instead.
 */
final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	static WebDriver start() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
		String reason = "No headless Chromium here (" + CHROMIUM + ", " + DRIVER
				+ "): apt-get install chromium chromium-driver, as .ci/run does";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			assertThat(present).as(reason).isTrue();
		}
		if (!present) {
			System.out.println("SKIPPED browser tests: " + reason);
		}
		assumeTrue(present, reason);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		try {
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000",
					"--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--disable-quic",
					"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
					"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
		return driver;
	}

	static void screenshot(WebDriver driver, Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Saves the page of a failed test into {@code target/browser-failures/}. */
	static org.junit.jupiter.api.extension.TestWatcher screenshotOnFailure(
			java.util.function.Supplier<WebDriver> driver) {
		return new org.junit.jupiter.api.extension.TestWatcher() {
			@Override
			public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
				if (driver.get() != null) {
					screenshot(driver.get(),
							Path.of("target", "browser-failures", context.getRequiredTestMethod().getName() + ".png"));
				}
			}
		};
	}

}
