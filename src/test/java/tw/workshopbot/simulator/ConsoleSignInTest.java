package tw.workshopbot.simulator;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.time.Duration;

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
		ConsoleClient browser = newBrowser();

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
		assertThat(home.body()).as("the header names the organizer as LINE does").contains("示範工作坊", "林主任");
		assertThat(this.audit.latest(5)).anySatisfy((entry) -> {
			assertThat(entry.who()).isEqualTo(organizer);
			assertThat(entry.action()).isEqualTo("console.sign-in");
		});

		HttpResponse<String> again = newBrowser().signInWith(link);
		assertThat(again.statusCode()).isEqualTo(401);
		assertThat(again.body()).contains("已經用過");
	}

	@Test
	void anExpiredForgedOrSomeoneElsesLinkIsRefusedAndSaysHowToGetANewOne() {
		String first = organizer("陳組長");
		String second = organizer("張專員");
		String late = linkFromLine(first);
		this.clock.advance(Duration.ofMinutes(11));
		HttpResponse<String> expired = newBrowser().signInWith(late);
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(expired.body()).contains("已過期", "後台");

		HttpResponse<String> forged = newBrowser().signInWith("/console/sign-in/link?t=forged" + "x".repeat(20));
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.body()).contains("無效");

		ConsoleClient firstsBrowser = newBrowser();
		assertThat(firstsBrowser.signInWith(linkFromLine(first)).statusCode()).isEqualTo(302);
		String secondsLink = linkFromLine(second);
		HttpResponse<String> someoneElses = firstsBrowser.signInWith(secondsLink);
		assertThat(someoneElses.statusCode()).isEqualTo(401);
		assertThat(someoneElses.body()).contains("另一位管理員");
		assertThat(newBrowser().signInWith(secondsLink).statusCode()).as("the second's link is not spent")
			.isEqualTo(302);
	}

	@Test
	void aRemovedOrganizersSessionEndsAtTheNextRequest() {
		String organizer = organizer("黃科長");
		ConsoleClient browser = newBrowser();
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
		ConsoleClient anonymous = newBrowser();
		HttpResponse<String> page = anonymous.get("/console/workshops/demo");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/console/sign-in"));
		assertThat(anonymous.get("/api/workshops/demo/learning-hours.xlsx").statusCode()).isEqualTo(401);

		ConsoleClient signedIn = newBrowser();
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
			ConsoleClient browser = newBrowser();
			String token = browser.csrf("/console/sign-in");
			assertThat(browser.post("/console/sign-in", "adminToken=wrong&_csrf=" + token).statusCode()).isEqualTo(401);
		}
		ConsoleClient browser = newBrowser();
		String organizer = organizer("周技士");
		HttpResponse<String> locked = browser.signInWith(linkFromLine(organizer));
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.body()).contains("暫停登入 10 分鐘");

		this.clock.advance(Duration.ofMinutes(11));
		assertThat(newBrowser().signInWith(linkFromLine(organizer)).statusCode()).as("ten minutes later")
			.isEqualTo(302);
	}

	@Test
	void anOrganizerInvitesAnotherAndRemovesOneAndTheAuditTrailSaysWho() {
		String organizer = organizer("鄭股長");
		String leaving = organizer("許辦事員");
		ConsoleClient browser = newBrowser();
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

	private String linkFromLine(String userId) {
		return ConsoleClient.linkFromLine(this.rehearsal, this.store, userId);
	}

	/** A browser of its own. */
	private ConsoleClient newBrowser() {
		return new ConsoleClient(this.port);
	}

}
