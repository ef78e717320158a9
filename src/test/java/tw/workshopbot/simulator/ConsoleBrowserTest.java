package tw.workshopbot.simulator;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.awaitility.Awaitility;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.workshopbot.support.AdminApi;
import tw.workshopbot.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organizer runs a workshop from the console in a real headless Chromium, on the run
 * command's local mode: signs in through the button of the card the bot sent for 後台 in
 * the simulator's chat, finds the workshops, opens one whose forms came by fax (through
 * the API), cancels the confirmed registration and sees the waitlisted one promoted, and
 * downloads the roster, read back. The steps build on each other, in one browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "REDIS_URL=", "LINE_CHANNEL_ACCESS_TOKEN=", "app.data-dir=target/console-browser-test",
				"ADMIN_TOKEN=" + IntegrationTest.ADMIN_TOKEN })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

	private static final String FAXED = """
			{"name": "%s", "office": "西屯", "section": "民政課", "title": "課員", "learningHours": true,
			 "nationalId": "%s", "birthDate": "74/03/14", "gender": "male", "email": "%s@taichung.gov.tw",
			 "dayPhone": "04-2228-9111", "mobile": "0912345678", "address": "臺中市西屯區臺灣大道三段99號",
			 "youtubeId": "-", "lineId": "-"}""";

	private static WebDriver browser;

	private static String workshopId;

	static {
		org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/console-browser-test"));
	}

	@LocalServerPort
	private int port;

	@Autowired
	private Rehearsal rehearsal;

	@Autowired
	private SimulatorStore store;

	@Autowired
	private java.time.Clock clock;

	@RegisterExtension
	final TestWatcher screenshotOnFailure = Browser.screenshotOnFailure(() -> browser);

	@BeforeAll
	static void openBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	@Order(1)
	void anOrganizerSignsInThroughTheButtonTheBotSentForHouTai() {
		TestPerson wang = this.store.people()
			.stream()
			.filter((person) -> person.name().equals("王小明"))
			.findFirst()
			.orElseThrow();
		this.rehearsal.makeOrganizer(wang.userId());
		this.rehearsal.say(wang.userId(), wang.userId(), "後台");
		browser.get(base() + "/simulator?chat=" + wang.userId() + "&as=" + wang.userId());
		String link = pageWait().until((page) -> browser.findElements(By.linkText("登入後台"))
			.stream()
			.map((button) -> button.getAttribute("href"))
			.reduce((first, last) -> last)
			.orElse(null));
		assertThat(link).startsWith(base() + "/console/sign-in/link?t=");

		browser.get(link);
		browser.findElement(By.cssSelector("#link-sign-in button")).click();
		pageWait().until((page) -> browser.getCurrentUrl().equals(base() + "/console"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("即將舉行", "示範工作坊");
		Browser.screenshot(browser, Path.of("docs", "console-workshops.png"));
	}

	@Test
	@Order(2)
	void aWorkshopsPageShowsItsCountsAndARosterWithMaskedIdNumbers() {
		AdminApi api = new AdminApi(this.port);
		Instant now = this.clock.instant();
		workshopId = api
			.call("POST", "/api/workshops",
					"""
							{"title": "社區營造工作坊", "startsAt": "%s", "endsAt": "%s", "registrationClosesAt": "%s",
							 "learningHours": 3, "capacity": 1}""".formatted(now.plus(Duration.ofDays(3)),
							now.plus(Duration.ofDays(3)).plus(Duration.ofHours(3)), now.plus(Duration.ofDays(2))),
					201)
			.get("id")
			.asString();
		api.call("POST", "/api/workshops/" + workshopId + "/registrations",
				"[" + FAXED.formatted("王大同", "A123456789", "tung") + "," + FAXED.formatted("李小華", "F231212145", "hua")
						+ "]",
				201);

		browser.get(base() + "/console");
		browser.findElement(By.linkText("社區營造工作坊")).click();
		pageWait().until((page) -> browser.getCurrentUrl().contains("/console/workshops/" + workshopId));
		assertThat(browser.findElement(By.id("confirmed")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("waitlisted")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("roster")).getText()).contains("王大同", "A12*****89");
		assertThat(browser.getPageSource()).doesNotContain("A123456789", "F231212145");

		browser.findElement(By.cssSelector("#tabs a[data-tab=waitlisted]")).click();
		pageWait().until((page) -> browser.findElement(By.id("roster")).getText().contains("李小華"));
	}

	@Test
	@Order(3)
	void cancellingTheConfirmedOnePromotesTheFirstOnTheWaitlist() {
		browser.get(base() + "/console/workshops/" + workshopId);
		browser.findElement(By.cssSelector("#roster tr[data-no='" + workshopId + "-0001'] button.danger")).click();
		browser.switchTo().alert().accept();
		pageWait().until((page) -> !browser.findElements(By.id("cancelled")).isEmpty());
		assertThat(browser.findElement(By.id("cancelled")).getText()).contains(workshopId + "-0001",
				workshopId + "-0002");
		assertThat(browser.findElement(By.id("confirmed")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("waitlisted")).getText()).isEqualTo("0");
		assertThat(browser.findElement(By.id("roster")).getText()).contains("李小華").doesNotContain("王大同");
		Browser.screenshot(browser, Path.of("docs", "console-workshop.png"));
	}

	@Test
	@Order(4)
	void theRosterDownloadedWithTheSessionReadsBack() throws Exception {
		String href = browser.findElement(By.id("roster-xlsx")).getAttribute("href");
		String cookie = browser.manage().getCookieNamed("WB_CONSOLE").getValue();
		HttpResponse<byte[]> xlsx = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "WB_CONSOLE=" + cookie).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(3);
			List<String> lines = rows.stream()
				.map((row) -> row.stream()
					.map((cell) -> (cell != null) ? cell.getText() : "")
					.collect(java.util.stream.Collectors.joining(" ")))
				.toList();
			assertThat(lines.get(1)).contains("王大同", "已取消");
			assertThat(lines.get(2)).contains("李小華", "正取").doesNotContain("F231212145");
		}
	}

	@Test
	@Order(5)
	void thePagesSwitchToEnglishAndBack() {
		browser.findElement(By.id("language")).click();
		pageWait().until((page) -> browser.findElement(By.tagName("header")).getText().contains("Workshops"));
		browser.findElement(By.id("language")).click();
		pageWait().until((page) -> browser.findElement(By.tagName("header")).getText().contains("工作坊"));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static WebDriverWait pageWait() {
		return new WebDriverWait(browser, Duration.ofSeconds(10));
	}

}
