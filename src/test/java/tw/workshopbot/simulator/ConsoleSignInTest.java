package tw.workshopbot.simulator;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.workshopbot.organizer.AuditTrail;
import tw.workshopbot.organizer.Organizers;
import tw.workshopbot.support.LineWebhook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the organizers' console with the link the bot sends for 後台, on the run
 * command's local mode, through the simulator's chat: once, within ten minutes, only by
 * the organizer it was sent to, and never past a removal; every page asks for a session
 * and every form for its CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "REDIS_URL=", "LINE_CHANNEL_ACCESS_TOKEN=", "app.data-dir=target/line-stand-in-test",
				"LINE_CHANNEL_SECRET=" + LineWebhook.CHANNEL_SECRET })
class ConsoleSignInTest {

	private static final Pattern LINK = Pattern.compile("(/console/sign-in/link\\?t=[A-Za-z0-9_-]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private Rehearsal rehearsal;

	@Autowired
	private SimulatorStore store;

	@Autowired
	private SimulatedClock clock;

	@Autowired
	private Organizers organizers;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private org.springframework.data.redis.core.StringRedisTemplate redis;

	/**
	 * Every request here comes from this machine: no test starts locked out by another.
	 */
	@org.junit.jupiter.api.BeforeEach
	void noFailedSignInsYet() {
		this.redis.delete(this.redis.keys("wb:console:failures:*"));
	}

	@Test
	void anOrganizerSignsInOnceWithTheLinkFromLineAndTheLinkIsThenSpent() {
		String organizer = organizer("林主任");
		String link = linkFromLine(organizer);
		Browser browser = new Browser();

		HttpResponse<String> signedIn = browser.signInWith(link);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/console"));
		HttpCookie cookie = browser.cookie();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(signedIn.headers().allValues("Set-Cookie"))
			.anySatisfy((header) -> assertThat(header).contains("WB_CONSOLE=").contains("SameSite=Lax"));
		HttpResponse<String> home = browser.get("/console");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("示範工作坊", organizer);
		assertThat(this.audit.latest(5)).anySatisfy((entry) -> {
			assertThat(entry.who()).isEqualTo(organizer);
			assertThat(entry.action()).isEqualTo("console.sign-in");
		});

		HttpResponse<String> again = new Browser().signInWith(link);
		assertThat(again.statusCode()).isEqualTo(401);
		assertThat(again.body()).contains("已經用過");
	}

	@Test
	void anExpiredForgedOrSomeoneElsesLinkIsRefusedAndSaysHowToGetANewOne() {
		String first = organizer("陳組長");
		String second = organizer("張專員");
		String late = linkFromLine(first);
		this.clock.advance(Duration.ofMinutes(11));
		HttpResponse<String> expired = new Browser().signInWith(late);
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(expired.body()).contains("已過期", "後台");

		HttpResponse<String> forged = new Browser().signInWith("/console/sign-in/link?t=forged" + "x".repeat(20));
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.body()).contains("無效");

		Browser firstsBrowser = new Browser();
		assertThat(firstsBrowser.signInWith(linkFromLine(first)).statusCode()).isEqualTo(302);
		String secondsLink = linkFromLine(second);
		HttpResponse<String> someoneElses = firstsBrowser.signInWith(secondsLink);
		assertThat(someoneElses.statusCode()).isEqualTo(401);
		assertThat(someoneElses.body()).contains("另一位管理員");
		assertThat(new Browser().signInWith(secondsLink).statusCode()).as("the second's link is not spent")
			.isEqualTo(302);
	}

	@Test
	void aRemovedOrganizersSessionEndsAtTheNextRequest() {
		String organizer = organizer("黃科長");
		Browser browser = new Browser();
		assertThat(browser.signInWith(linkFromLine(organizer)).statusCode()).isEqualTo(302);
		assertThat(browser.get("/console").statusCode()).isEqualTo(200);

		this.organizers.remove(organizer, "test");

		HttpResponse<String> after = browser.get("/console");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/console/sign-in"));
		assertThat(browser.get("/api/workshops/demo/registrations.csv").statusCode()).isEqualTo(401);
	}

	@Test
	void withoutASessionPagesGoToSignInDownloadsAnswer401AndFormsWithoutCsrfAre403() {
		Browser anonymous = new Browser();
		HttpResponse<String> page = anonymous.get("/console/workshops/demo");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/console/sign-in"));
		assertThat(anonymous.get("/api/workshops/demo/learning-hours.xlsx").statusCode()).isEqualTo(401);

		Browser signedIn = new Browser();
		assertThat(signedIn.signInWith(linkFromLine(organizer("吳課員"))).statusCode()).isEqualTo(302);
		assertThat(signedIn.get("/api/workshops/demo/learning-hours.csv").statusCode()).as("a download by session")
			.isEqualTo(200);
		assertThat(signedIn.post("/console/workshops/demo/registrations/demo-0001/cancel", "").statusCode())
			.isEqualTo(403);
		assertThat(signedIn.post("/console/sign-out", "").statusCode()).as("sign-out needs its token too")
			.isEqualTo(403);
	}

	@Test
	void fiveFailedSignInsLockTheAddressOutEvenForTheRightToken() {
		for (int i = 0; i < 5; i++) {
			Browser browser = new Browser();
			String token = browser.csrf("/console/sign-in");
			assertThat(browser.post("/console/sign-in", "adminToken=wrong&_csrf=" + token).statusCode()).isEqualTo(401);
		}
		Browser browser = new Browser();
		String organizer = organizer("周技士");
		HttpResponse<String> locked = browser.signInWith(linkFromLine(organizer));
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.body()).contains("暫停登入 10 分鐘");

		this.clock.advance(Duration.ofMinutes(11));
		assertThat(new Browser().signInWith(linkFromLine(organizer)).statusCode()).as("ten minutes later")
			.isEqualTo(302);
	}

	@Test
	void anOrganizerInvitesAnotherAndRemovesOneAndTheAuditTrailSaysWho() {
		String organizer = organizer("鄭股長");
		String leaving = organizer("許辦事員");
		Browser browser = new Browser();
		assertThat(browser.signInWith(linkFromLine(organizer)).statusCode()).isEqualTo(302);

		String token = browser.csrf("/console/organizers");
		assertThat(browser.post("/console/organizers/invitations", "_csrf=" + token).statusCode()).isEqualTo(302);
		assertThat(browser.get("/console/organizers").body()).containsPattern("管理員 \\d{6}");

		token = browser.csrf("/console/organizers");
		assertThat(browser.post("/console/organizers/" + leaving + "/remove", "_csrf=" + token).statusCode())
			.isEqualTo(302);
		assertThat(this.organizers.isOrganizer(leaving)).isFalse();
		HttpResponse<String> page = browser.get("/console/organizers");
		assertThat(page.body()).contains("已移除管理員", "organizer.invite", "organizer.remove", organizer);
	}

	/** A test person made organizer; the name is their LINE user id here. */
	private String organizer(String name) {
		TestPerson person = this.rehearsal.addPerson(name, "zh-TW");
		this.rehearsal.makeOrganizer(person.userId());
		return person.userId();
	}

	/** Sends 後台 in the person's 1:1 chat and reads the link off the bot's card. */
	private String linkFromLine(String userId) {
		int before = this.store.lines(userId).size();
		this.rehearsal.say(userId, userId, "後台");
		return Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
			var lines = this.store.lines(userId);
			for (int i = lines.size() - 1; i > before; i--) {
				Matcher link = LINK.matcher(lines.get(i).body());
				if (lines.get(i).fromBot() && link.find()) {
					return link.group(1);
				}
			}
			return null;
		}, java.util.Objects::nonNull);
	}

	/** A browser of its own: its cookies, no redirects followed. */
	private final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String path) {
			return send(HttpRequest.newBuilder(uri(path)).GET().build());
		}

		HttpResponse<String> post(String path, String form) {
			return send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build());
		}

		String csrf(String path) {
			Matcher token = CSRF.matcher(get(path).body());
			assertThat(token.find()).as("a CSRF field on %s", path).isTrue();
			return token.group(1);
		}

		/** Opens the link's page and presses its button, as a person does. */
		HttpResponse<String> signInWith(String link) {
			String token = csrf(link);
			String t = link.substring(link.indexOf("t=") + 2);
			return post("/console/sign-in/link", "t=" + URLEncoder.encode(t, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(token, StandardCharsets.UTF_8));
		}

		HttpCookie cookie() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals("WB_CONSOLE"))
				.findFirst()
				.orElseThrow();
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + ConsoleSignInTest.this.port + path);
		}

		private HttpResponse<String> send(HttpRequest request) {
			try {
				return this.http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
