package tw.workshopbot.simulator;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.workshop.Workshop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organizer runs workshops from the console in a real headless Chromium, on the run
 * command's local mode: signs in through the button of the card the bot sent for 後台 in
 * the simulator's chat; sees a sign-up made in the simulator's chat on the demo's page;
 * creates a workshop from the form (its problems shown beside the fields first); uploads
 * paper forms with a bad row (nothing stored), then fixed (claim codes shown); cancels
 * the confirmed one and sees the waitlisted one promoted; records a paper sign-in sheet
 * as a correction and reads back the roster and the learning-hours list; sets the demo's
 * stream link and sees its delivery report once the simulator's clock passes T−10; and
 * watches the attendance page count a check-in made in the chat without a reload. The
 * steps build on each other, in one browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "REDIS_URL=", "LINE_CHANNEL_ACCESS_TOKEN=", "app.data-dir=target/console-browser-test",
				"ADMIN_TOKEN=" + IntegrationTest.ADMIN_TOKEN })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

	private static WebDriver browser;

	private static String workshopId;

	private static TestPerson chen;

	private static TestPerson organizer;

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
	private SimulatedClock clock;

	@Autowired
	private tw.workshopbot.workshop.Workshops workshops;

	@Autowired
	private tw.workshopbot.registration.Roster roster;

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
		organizer = wang;
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
	void aRegistrationMadeInTheSimulatorsChatAppearsOnTheWorkshopsPage() {
		browser.get(base() + "/console/workshops/demo");
		assertThat(browser.findElement(By.id("roster")).getText()).doesNotContain("陳美玲");
		chen = this.rehearsal.addPerson("陳美玲", "zh-TW");
		says("報名");
		taps("s=notice&t=同意", "同意");
		for (String answer : List.of("陳美玲", "西屯", "民政課", "課員")) {
			says(answer);
		}
		taps("s=q.learning_hours&t=需要", "需要");
		says("B223456782");
		says("75/08/01");
		taps("s=q.gender&t=女", "女");
		for (String answer : List.of("chen@taichung.gov.tw", "04-2228-9111", "0912345678", "臺中市西屯區臺灣大道三段99號", "美玲",
				"meiling")) {
			says(answer);
		}
		taps("s=review&t=確認送出", "確認送出");
		assertThat(lastBotLine(chen)).contains("報名完成");

		browser.navigate().refresh();
		pageWait().until((page) -> browser.findElement(By.id("roster")).getText().contains("陳美玲"));
		assertThat(browser.findElement(By.id("roster")).getText()).contains("B22*****82");
		assertThat(browser.getPageSource()).doesNotContain("B223456782");
	}

	@Test
	@Order(3)
	void aWorkshopIsCreatedFromTheFormWithItsProblemsShownBesideTheFields() {
		browser.get(base() + "/console");
		browser.findElement(By.id("new-workshop")).click();
		pageWait().until((page) -> !browser.findElements(By.id("workshop-form")).isEmpty());
		type("id", "community");
		type("title", "");
		type("capacity", "0");
		type("learningHours", "3");
		browser.findElement(By.id("save")).click();
		pageWait().until((page) -> !browser.findElements(By.id("form-problems")).isEmpty());
		assertThat(problemsOf("title")).contains("必填，最多 100 字");
		assertThat(problemsOf("capacity")).contains("至少 1");
		assertThat(problemsOf("startsAt")).isEmpty();
		Browser.screenshot(browser, Path.of("docs", "console-workshop-form.png"));

		type("title", "社區營造工作坊");
		type("capacity", "1");
		browser.findElement(By.id("save")).click();
		pageWait().until((page) -> browser.getCurrentUrl().endsWith("/console/workshops/community"));
		assertThat(browser.findElement(By.id("saved")).getText()).contains("已儲存");
		workshopId = "community";
	}

	@Test
	@Order(4)
	void paperFormsWithOneBadRowStoreNothingAndOnceFixedGiveTheirClaimCodes() throws Exception {
		browser.findElement(By.cssSelector("#workshop-nav a[data-page=paper-forms]")).click();
		pageWait().until((page) -> !browser.findElements(By.id("upload")).isEmpty());
		uploadForms(faxed("A123456789", "hua@taichung.gov.tw"), "forms-first.xlsx");
		pageWait().until((page) -> !browser.findElements(By.id("problems")).isEmpty());
		assertThat(browser.findElement(By.id("problems")).getText()).contains("什麼都沒有儲存", "3", "身分證字號 ID number");
		assertThat(this.roster.all(workshopId)).isEmpty();
		Browser.screenshot(browser, Path.of("docs", "console-paper-forms.png"));

		uploadForms(faxed("F231212145", "hua@taichung.gov.tw"), "forms-fixed.xlsx");
		pageWait().until((page) -> !browser.findElements(By.id("stored")).isEmpty());
		List<String> codes = browser.findElements(By.cssSelector("#stored td.claim"))
			.stream()
			.map((cell) -> cell.getText())
			.toList();
		assertThat(codes).hasSize(2).allSatisfy((code) -> assertThat(code).matches("[A-Z2-9]{6}"));

		browser.findElement(By.cssSelector("#workshop-nav a[data-page=overview]")).click();
		pageWait().until((page) -> !browser.findElements(By.id("confirmed")).isEmpty());
		assertThat(browser.findElement(By.id("confirmed")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("waitlisted")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("roster")).getText()).contains("王大同", "A12*****89");
		assertThat(browser.getPageSource()).doesNotContain("A123456789", "F231212145");
		browser.findElement(By.cssSelector("#tabs a[data-tab=waitlisted]")).click();
		pageWait().until((page) -> browser.findElement(By.id("roster")).getText().contains("李小華"));
	}

	@Test
	@Order(5)
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
	@Order(6)
	void aPaperSignInSheetIsRecordedAsACorrectionAndTheDownloadsReadBack() throws Exception {
		browser.findElement(By.cssSelector("#workshop-nav a[data-page=attendance]")).click();
		pageWait().until((page) -> !browser.findElements(By.id("correction-form")).isEmpty());
		type("registrationNo", workshopId + "-0002");
		browser.findElement(By.cssSelector("#correction-form input[name=wholeSession][value=true]")).click();
		type("reason", "紙本簽到單");
		browser.findElement(By.cssSelector("#correction-form button[type=submit]")).click();
		pageWait().until((page) -> !browser.findElements(By.id("corrected")).isEmpty());
		pageWait().until((page) -> browser.findElement(By.id("attendance")).getText().contains("紙本簽到單"));

		browser.get(base() + "/console/workshops/" + workshopId);
		List<String> roster = readBack(browser.findElement(By.id("roster-xlsx")).getAttribute("href"));
		assertThat(roster).hasSize(3);
		assertThat(roster.get(1)).contains("王大同", "已取消");
		assertThat(roster.get(2)).contains("李小華", "正取").doesNotContain("F231212145");

		List<String> hours = readBack(browser.findElement(By.id("hours-xlsx")).getAttribute("href"));
		assertThat(hours).hasSize(2);
		assertThat(hours.get(1)).as("the one place with the whole ID number").contains("李小華", "F231212145", "3");
	}

	@Test
	@Order(7)
	void theStreamLinkSetInTheConsoleGoesOutAtTMinusTenAndItsReportShows() {
		browser.get(base() + "/console/workshops/demo/messages");
		WebElement url = browser.findElement(By.cssSelector("#stream-form input[name=url]"));
		url.clear();
		url.sendKeys("https://www.youtube.com/live/console-demo");
		browser.findElement(By.cssSelector("#stream-form button")).click();
		pageWait().until((page) -> browser.findElement(By.id("stream")).getText().contains("已設定直播連結"));
		Workshop demo = this.workshops.find("demo").orElseThrow();
		assertThat(this.clock.moveTo(demo.streamLinkSendsAt())).isTrue();
		// Two days on, the 12-hour session is over, as it would be.
		signInAgain("/console/workshops/demo/messages");

		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			browser.navigate().refresh();
			assertThat(browser.findElements(By.cssSelector(".delivery[data-kind=stream-link][data-state=done]")))
				.isNotEmpty();
		});
		String report = browser.findElement(By.cssSelector(".delivery[data-kind=stream-link] .counts")).getText();
		assertThat(report).containsPattern("報名者 (\\d+)/\\1 已送達");
		assertThat(lastBotLine(chen)).contains("console-demo");
		Browser.screenshot(browser, Path.of("docs", "console-messages.png"));
	}

	@Test
	@Order(8)
	void theAttendancePageCountsAPersonWhoChecksInInTheChatWithoutAReload() {
		browser.get(base() + "/console/workshops/demo/attendance");
		assertThat(tab("on-time")).endsWith(" 0");
		Workshop demo = this.workshops.find("demo").orElseThrow();
		assertThat(this.clock.moveTo(demo.startsAt().minus(Duration.ofMinutes(5)))).isTrue();
		signInAgain("/console/workshops/demo/attendance");
		assertThat(tab("on-time")).endsWith(" 0");
		says("簽到");
		assertThat(lastBotLine(chen)).contains("已簽到");

		pageWait().until((page) -> tab("on-time").endsWith(" 1"));
		assertThat(browser.findElement(By.id("attendance")).getText()).contains("陳美玲");
		Browser.screenshot(browser, Path.of("docs", "console-attendance.png"));
	}

	@Test
	@Order(9)
	void thePagesSwitchToEnglishAndBack() {
		browser.findElement(By.id("language")).click();
		pageWait().until((page) -> browser.findElement(By.tagName("header")).getText().contains("Workshops"));
		browser.findElement(By.id("language")).click();
		pageWait().until((page) -> browser.findElement(By.tagName("header")).getText().contains("工作坊"));
	}

	/** Signs in again through a new link from LINE, then opens the page. */
	private void signInAgain(String path) {
		String link = ConsoleClient.linkFromLine(this.rehearsal, this.store, organizer.userId());
		browser.get(base() + link);
		browser.findElement(By.cssSelector("#link-sign-in button")).click();
		pageWait().until((page) -> browser.getCurrentUrl().equals(base() + "/console"));
		browser.get(base() + path);
	}

	/** 陳美玲 says something in her 1:1 chat and the bot answers. */
	private void says(String text) {
		answered(() -> this.rehearsal.say(chen.userId(), chen.userId(), text));
	}

	/** 陳美玲 taps a button whose postback carries this data. */
	private void taps(String data, String label) {
		answered(() -> this.rehearsal.tap(chen.userId(), chen.userId(), "postback", data, label, null));
	}

	private void answered(Runnable send) {
		long before = botLines(chen);
		send.run();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> botLines(chen) > before);
	}

	private long botLines(TestPerson person) {
		return this.store.lines(person.userId()).stream().filter(ChatLine::fromBot).count();
	}

	private String lastBotLine(TestPerson person) {
		List<ChatLine> lines = this.store.lines(person.userId()).stream().filter(ChatLine::fromBot).toList();
		return lines.get(lines.size() - 1).body();
	}

	/** Types into a field as a person does, after clearing what was there. */
	private static void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private static String problemsOf(String field) {
		return browser.findElement(By.cssSelector(".field[data-field=" + field + "]"))
			.findElements(By.cssSelector("ul.problems li"))
			.stream()
			.map(WebElement::getText)
			.collect(java.util.stream.Collectors.joining(" "));
	}

	private static String tab(String name) {
		return browser.findElement(By.cssSelector("#attendance-tabs a[data-tab=" + name + "]")).getText();
	}

	/** Two faxed forms; the second's ID number as given. */
	private static List<List<String>> faxed(String secondId, String secondEmail) {
		return List.of(form("王大同", "A123456789", "tung@taichung.gov.tw"), form("李小華", secondId, secondEmail));
	}

	private static List<String> form(String name, String nationalId, String email) {
		return List.of(name, "西屯", "民政課", "課員", "需要", nationalId, "74/03/14", "男", email, "04-2228-9111", "0912345678",
				"臺中市西屯區臺灣大道三段99號", "-", "-");
	}

	/** Writes the forms into a spreadsheet with the template's headers and uploads it. */
	private static void uploadForms(List<List<String>> rows, String name) throws java.io.IOException {
		java.io.File file = new java.io.File("target/console-browser-test", name).getAbsoluteFile();
		try (java.io.OutputStream out = new java.io.FileOutputStream(file)) {
			org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
			org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("forms");
			List<String> headers = tw.workshopbot.admin.PaperForms.headers();
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(0, c, headers.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < rows.get(r).size(); c++) {
					sheet.value(r + 1, c, rows.get(r).get(c));
				}
			}
			workbook.finish();
		}
		browser.findElement(By.id("file")).sendKeys(file.getPath());
		browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
	}

	/** A download made with the browser's session, its rows as lines of text. */
	private static List<String> readBack(String href) throws Exception {
		String cookie = browser.manage().getCookieNamed("WB_CONSOLE").getValue();
		HttpResponse<byte[]> xlsx = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "WB_CONSOLE=" + cookie).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			return workbook.getFirstSheet()
				.read()
				.stream()
				.map((row) -> row.stream()
					.map((cell) -> (cell != null) ? cell.getText() : "")
					.collect(java.util.stream.Collectors.joining(" ")))
				.toList();
		}
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static WebDriverWait pageWait() {
		return new WebDriverWait(browser, Duration.ofSeconds(10));
	}

}
