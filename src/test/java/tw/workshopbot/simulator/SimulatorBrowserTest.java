package tw.workshopbot.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.workshopbot.chat.BotAccount;
import tw.workshopbot.support.LineRequestValidator;
import tw.workshopbot.support.PersonalDataScan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first rehearsal in a real headless Chromium, on the run command's own
 * defaults (local mode: its own Redis, generated secrets, no LINE channel): sign up by
 * typing and tapping, change a field from the summary, get the registration number; move
 * the clock to T−10 and see the stream link arrive once in the chat and the group; check
 * in from the group card's 簽到 button, check out after the end; bind the group as an
 * organizer. The steps build on each other, in order, in one browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "REDIS_URL=", "LINE_CHANNEL_ACCESS_TOKEN=", "app.data-dir=target/simulator-browser-test",
				"inbox.poll-every=100ms" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulatorBrowserTest {

	private static final Duration ANSWER = Duration.ofSeconds(10);

	private static WebDriver browser;

	/** From clicking 送出 to the bot's answer shown in the pane, for each typed message. */
	private static final List<Long> ANSWERED_MILLIS = new java.util.concurrent.CopyOnWriteArrayList<>();

	/**
	 * The page's own figure: from the post leaving the browser to the answer drawn,
	 * without WebDriver's click and polling.
	 */
	private static final List<Long> IN_PAGE_MILLIS = new java.util.concurrent.CopyOnWriteArrayList<>();

	static {
		// A fresh machine: no Redis data, no secrets, no clock moved by an earlier run.
		org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/simulator-browser-test"));
	}

	@LocalServerPort
	private int port;

	@Autowired
	private DataRedisConnectionDetails redisDetails;

	@Autowired
	private SimulatorStore store;

	@Autowired
	private BotAccount account;

	@RegisterExtension
	final TestWatcher screenshotOnFailure = Browser.screenshotOnFailure(() -> browser);

	@BeforeAll
	static void openBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void closeBrowser() {
		List<Long> sorted = ANSWERED_MILLIS.stream().sorted().toList();
		if (!sorted.isEmpty()) {
			System.out.printf(
					"Simulator: typed message to the bot's answer in the page, %d messages: median %d ms,"
							+ " max %d ms, all %s%n",
					sorted.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), ANSWERED_MILLIS);
			List<Long> page = IN_PAGE_MILLIS.stream().sorted().toList();
			System.out.printf(
					"Simulator: in the page, from the post leaving to the answer drawn: median %d ms,"
							+ " max %d ms, all %s%n",
					page.get(page.size() / 2), page.get(page.size() - 1), IN_PAGE_MILLIS);
			System.out.println("Simulator: chat pane loads (ms): " + ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript(
						"return performance.getEntriesByType('resource').filter(e => e.name.includes('/simulator/chat/')"
								+ " && e.initiatorType !== 'navigation').slice(-10).map(e => Math.round(e.duration)).join(', ')"));
		}
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	@Order(1)
	void aNewcomerSignsUpWithLearningHoursByTypingAndTapping() {
		browser.get("http://localhost:" + this.port + "/simulator");
		waitForBot("小幫手");
		answer("報名", "個人資料");
		tap("同意", "姓名");
		answer("王曉明", "區公所");
		answer("西屯", "課室");
		answer("人文課", "職稱");
		answer("課員", "學習時數");
		tap("需要", "身分證字號");
		answer("A123456789", "出生年月日");
		answer("1985-03-14", "性別");
		tap("女", "電子信箱");
		answer("wang@taichung.gov.tw", "連絡電話");
		answer("04-2228-9111", "手機");
		answer("0912-345-678", "通訊地址");
		answer("臺中市西屯區台灣大道三段99號", "YouTube");
		answer("小明的頻道", "LINE ID");
		tap("王小明", "確認送出");
		assertThat(lastBotText()).contains("A12*****89").doesNotContain("A123456789");

		// The summary's first 修改 is the name's.
		int before = botLines().size();
		clickWhenStill(() -> botLines().get(botLines().size() - 1)
			.findElements(By.tagName("button"))
			.stream()
			.filter((button) -> button.getText().equals("修改"))
			.findFirst()
			.orElseThrow());
		waitForNewBotLine(before, "姓名");
		answer("王小明", "確認送出");
		long started = System.nanoTime();
		tap("確認送出", "報名完成");
		System.out.printf("Simulator: 確認送出 answered in the page after %d ms%n",
				Duration.ofNanos(System.nanoTime() - started).toMillis());
		assertThat(lastBotText()).contains("demo-0001");
		Browser.screenshot(browser, Path.of("docs", "simulator-signup.png"));
	}

	@Test
	@Order(3)
	void theStreamLinkArrivesOnceAtTMinusTenInTheChatAndTheGroup() {
		browser.findElements(By.cssSelector("#clock button"))
			.stream()
			.filter((button) -> button.getText().contains("T−"))
			.findFirst()
			.orElseThrow()
			.click();
		// In the group (pushed), then in the registrant's own chat (multicast).
		pageWait().until((page) -> botLinesContaining("workshop-demo") > 0);
		assertThat(botLinesContaining("workshop-demo")).isEqualTo(1);
		browser.findElement(By.linkText("王小明 ★ (zh-TW)")).click();
		pageWait().until((page) -> botLinesContaining("workshop-demo") > 0);
		assertThat(botLinesContaining("workshop-demo")).isEqualTo(1);
		browser.findElement(By.linkText("西屯區公所 工作坊群組 (1)")).click();
	}

	@Test
	@Order(4)
	void checkInFromTheGroupCardAndCheckOutAfterTheEnd() {
		clickWhenStill(() -> {
			List<WebElement> checkIn = browser.findElements(By.cssSelector("#chat a.btn"))
				.stream()
				.filter((link) -> link.getText().contains("簽到"))
				.toList();
			return checkIn.get(checkIn.size() - 1);
		});
		pageWait().until((page) -> textarea().getAttribute("value").contains("簽到"));
		send();
		// Reports to the organizer (the same person here) may come between: any line will
		// do.
		pageWait().until((page) -> botLinesContaining("已簽到") == 1);

		browser.findElements(By.cssSelector("#clock button"))
			.stream()
			.filter((button) -> button.getText().contains("結束 end"))
			.findFirst()
			.orElseThrow()
			.click();
		textarea().clear();
		textarea().sendKeys("簽退");
		send();
		pageWait().until((page) -> botLinesContaining("已簽退") == 1);
	}

	@Test
	@Order(2)
	void anOrganizerBindsTheGroup() {
		browser.findElement(By.linkText("王小明 (zh-TW)")).click();
		browser.findElement(By.cssSelector("#make-organizer button")).click();
		answer("綁定", "綁定");
		clickWhenStill(() -> lastButtonContaining("示範工作坊"));
		pageWait().until((page) -> lastBotText().matches("(?s).*\\d{6}.*"));
		String code = lastBotText().replaceAll("(?s).*?(\\d{6}).*", "$1");
		browser.findElement(By.linkText("西屯區公所 工作坊群組 (1)")).click();
		answer("綁定 " + code, "已綁定");
	}

	@Test
	@Order(5)
	void theRehearsalLeavesNoIdNumberOrBirthDateReadableInRedisOrTheLog() {
		var standalone = this.redisDetails.getStandalone();
		PersonalDataScan.assertNothingInPlaintext("redis://" + standalone.getHost() + ":" + standalone.getPort());
	}

	/**
	 * What the stand-in received is what LINE would have: valid by LINE's spec and
	 * limits.
	 */
	@Test
	@Order(6)
	void everyRequestTheBotSentFollowsLinesSpecAndLimits() {
		List<SentRequest> sent = this.store.requests();
		assertThat(sent).extracting(SentRequest::path)
			.contains("/v2/bot/message/reply", "/v2/bot/message/push", "/v2/bot/message/multicast");
		for (SentRequest request : sent) {
			java.util.Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
			headers.put("Authorization", List.of("Bearer " + SimulatorEnvironment.LOCAL_TOKEN));
			if (request.contentType() != null) {
				headers.put("Content-Type", List.of(request.contentType()));
			}
			if (request.retryKey() != null) {
				headers.put("X-Line-Retry-Key", List.of(request.retryKey()));
			}
			assertThat(LineRequestValidator.problems(request.method(), request.path(), headers, request.body()))
				.as("%s %s", request.method(), request.path())
				.isEmpty();
		}
	}

	@Test
	@Order(7)
	void whatLineReceivedListsEachRequestAndWhatItWouldCost() {
		browser.get("http://localhost:" + this.port + "/simulator/requests");
		String table = browser.findElement(By.id("requests")).getText();
		assertThat(table).contains("POST /v2/bot/message/reply", "POST /v2/bot/message/multicast", "免費 free",
				"1 則 messages");
	}

	@Test
	@Order(8)
	void aPersonReadingEnglishIsGreetedInEnglishAndCannotTypePastLinesLimit() {
		browser.get("http://localhost:" + this.port + "/simulator");
		browser.findElement(By.cssSelector("#add-person input[name=name]")).sendKeys("Amy");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#add-person select")))
			.selectByValue("en");
		browser.findElement(By.cssSelector("#add-person button")).click();
		String amy = pageWait().until((page) -> this.store.people()
			.stream()
			.filter((person) -> person.name().equals("Amy"))
			.findFirst()
			.map(TestPerson::userId)
			.orElse(null));
		// Says, if the greeting never shows, whether it was lost on the way to LINE's
		// stand-in, in the store, or between the store and the page.
		pageWait().ignoring(StaleElementReferenceException.class)
			.withMessage(() -> "the greeting in Amy's chat; the page at " + browser.getCurrentUrl() + " shows "
					+ botLines().stream().map(WebElement::getText).toList() + "; the store holds "
					+ this.store.lines(amy).size() + " lines; the page's event stream and fetches: "
					+ ((org.openqa.selenium.JavascriptExecutor) browser)
						.executeScript("var d = document.body['htmx-internal-data']; return 'readyState '"
								+ " + (d && d.sseEventSource ? d.sseEventSource.readyState : 'none') + ', '"
								+ " + performance.getEntriesByType('resource').slice(-8)"
								+ ".map(e => e.name.replace(location.origin, '') + ' @' + Math.round(e.startTime)"
								+ " + '+' + Math.round(e.duration)).join(', ') + ', now @' + Math.round(performance.now())"))
			.until((page) -> browser.getCurrentUrl().contains(amy)
					&& botLines().stream().anyMatch((line) -> line.getText().contains("Hello!")));
		// The greeting is both languages; an answer reads the profile's language first.
		int before = botLines().size();
		textarea().sendKeys("說明");
		send();
		waitForNewBotLine(before, "");
		assertThat(lastBotText()).as("English first").matches("(?s)^[A-Za-z\"'(].*");

		textarea().sendKeys("字".repeat(Rehearsal.MAX_TEXT + 1));
		assertThat(textarea().getAttribute("value")).hasSize(Rehearsal.MAX_TEXT);
	}

	/**
	 * A claim code handed to a colleague as the bot hands it: a share chip that forwards
	 * the text to another person, whose {@code oaMessage} link opens their own 1:1 chat
	 * with the claim typed in.
	 */
	@Test
	@Order(9)
	void aSharedMessageReachesTheChosenColleagueAndItsLinkOpensTheirChatWithTheTextTypedIn() throws Exception {
		String wang = personNamed("王小明");
		String claim = "認領 K7Q2M9";
		String forward = "請傳送「" + claim + "」：" + this.account.chatLinkTyping(claim).orElseThrow();
		String share = BotAccount.shareLink(forward).orElseThrow();
		push(wang, "{\"type\":\"text\",\"text\":\"請轉傳給同事\",\"quickReply\":{\"items\":[{\"type\":\"action\","
				+ "\"action\":{\"type\":\"uri\",\"label\":\"分享 Share\",\"uri\":\"" + share + "\"}}]}}");
		browser.get("http://localhost:" + this.port + "/simulator?chat=" + wang + "&as=" + wang);
		clickWhenStill(() -> browser.findElement(By.linkText("分享 Share")));

		pageWait().until((page) -> browser.getCurrentUrl().contains("/simulator/share"));
		browser.findElement(By.xpath("//button[text()='Amy']")).click();
		pageWait().until((page) -> browser.findElements(By.cssSelector("#chat .line.forward"))
			.stream()
			.anyMatch((line) -> line.getText().contains("王小明 轉傳 forwarded") && line.getText().contains(claim)));

		clickWhenStill(() -> browser.findElement(By.cssSelector("#chat .line.forward a")));
		pageWait().until((page) -> browser.getCurrentUrl().contains("chat=" + personNamed("Amy")));
		assertThat(textarea().getAttribute("value")).isEqualTo(claim);
	}

	private String personNamed(String name) {
		return this.store.people()
			.stream()
			.filter((person) -> person.name().equals(name))
			.findFirst()
			.orElseThrow()
			.userId();
	}

	/** What the bot would push, sent to LINE's stand-in as the SDK sends it. */
	private void push(String to, String message) throws Exception {
		java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/v2/bot/message/push"))
				.header("Authorization", "Bearer " + SimulatorEnvironment.LOCAL_TOKEN)
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers
					.ofString("{\"to\":\"" + to + "\",\"messages\":[" + message + "]}"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
	}

	private void answer(String text, String expected) {
		int before = botLines().size();
		textarea().clear();
		textarea().sendKeys(text);
		// The page's own clock: from the post leaving to the last swap drawn.
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
				"""
						if (!window.timing) {
						  window.timing = {};
						  document.body.addEventListener('htmx:beforeRequest', (e) => {
						    if (e.detail.requestConfig.verb === 'post') { window.timing.sent = performance.now(); }
						  });
						  document.body.addEventListener('htmx:afterSettle', () => { window.timing.drawn = performance.now(); });
						}""");
		long started = System.nanoTime();
		send();
		waitForNewBotLine(before, expected);
		ANSWERED_MILLIS.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
		Object inPage = ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return Math.round(window.timing.drawn - window.timing.sent);");
		IN_PAGE_MILLIS.add(((Number) inPage).longValue());
	}

	private void tap(String label, String expected) {
		int before = botLines().size();
		clickWhenStill(() -> lastButtonContaining(label));
		waitForNewBotLine(before, expected);
	}

	private static WebElement lastButtonContaining(String label) {
		// 同意 is not 不同意: a button labelled exactly so first, else one that holds the
		// words. One query each, not a round trip per button: the chat holds dozens.
		List<WebElement> buttons = browser
			.findElements(By.xpath("//div[@id='chat']//button[normalize-space()='" + label + "']"));
		if (buttons.isEmpty()) {
			buttons = browser.findElements(By.xpath("//div[@id='chat']//button[contains(., '" + label + "')]"));
		}
		assertThat(buttons).as("a button %s", label).isNotEmpty();
		return buttons.get(buttons.size() - 1);
	}

	private static void send() {
		browser.findElement(By.cssSelector("#compose button[type=submit]")).click();
	}

	private static WebElement textarea() {
		return browser.findElement(By.cssSelector("#compose textarea"));
	}

	private static void waitForNewBotLine(int before, String expected) {
		pageWait().until((page) -> botLines().size() > before && lastBotText().contains(expected));
	}

	private static void waitForBot(String expected) {
		pageWait().ignoring(StaleElementReferenceException.class)
			.until((page) -> !botLines().isEmpty() && lastBotText().contains(expected));
	}

	/**
	 * Clicks what {@code find} finds, finding it again when the pane was redrawn
	 * meanwhile.
	 */
	private static void clickWhenStill(java.util.function.Supplier<WebElement> find) {
		pageWait().ignoring(StaleElementReferenceException.class)
			.ignoring(IndexOutOfBoundsException.class)
			.ignoring(java.util.NoSuchElementException.class)
			.ignoring(AssertionError.class)
			.until((page) -> {
				find.get().click();
				return true;
			});
	}

	/** Polls often, so that the answer times printed are the page's, not the poll's. */
	private static WebDriverWait pageWait() {
		WebDriverWait wait = new WebDriverWait(browser, ANSWER);
		wait.pollingEvery(Duration.ofMillis(20));
		return wait;
	}

	private static List<WebElement> botLines() {
		return browser.findElements(By.cssSelector("#chat .line.bot"));
	}

	/** Read when the pane holds still: it is redrawn whenever a line arrives. */
	private static long botLinesContaining(String text) {
		return pageWait().ignoring(StaleElementReferenceException.class)
			.until((page) -> botLines().stream().filter((line) -> line.getText().contains(text)).count());
	}

	private static String lastBotText() {
		return pageWait().ignoring(StaleElementReferenceException.class).until((page) -> {
			List<WebElement> lines = botLines();
			return lines.isEmpty() ? "" : lines.get(lines.size() - 1).getText();
		});
	}

}
