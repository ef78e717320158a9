package tw.workshopbot.broadcast;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import tw.workshopbot.support.LineApi;
import tw.workshopbot.workshop.StreamAudience;
import tw.workshopbot.workshop.Workshop;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.workshopbot.broadcast.DeliveryFixture.multicasts;
import static tw.workshopbot.broadcast.DeliveryFixture.pushesTo;
import static tw.workshopbot.broadcast.DeliveryFixture.recipients;
import static tw.workshopbot.broadcast.DeliveryFixture.retryKey;

/**
 * The stream link goes out at its minute to linked groups and confirmed registrants, once
 * per person and group, through LINE's errors; the organizers hear how it went.
 */
class StreamLinkDeliveryTest extends DeliveryTest {

	@Autowired
	private DeliveryStore store;

	private static final String LINK = "https://www.youtube.com/watch?v=abc123";

	@Test
	void theLinkGoesOutAtItsMinuteToLinkedGroupsAndConfirmedRegistrants() {
		Workshop workshop = this.fixture.workshopStartingIn("W1", Duration.ofMinutes(30), StreamAudience.BOTH);
		List<String> people = this.fixture.registrants(workshop, "w1", 3);
		this.fixture.registrantWithoutLine(workshop, "沒有LINE的同仁");
		this.fixture.linkGroup(workshop, GROUP);
		JsonNode set = this.api.call("PUT", "/api/workshops/W1/stream", "{\"url\": \"" + LINK + "\"}", 200);
		assertThat(set.path("version").asInt()).isEqualTo(1);

		this.clock.advance(Duration.between(this.clock.instant(), workshop.streamLinkSendsAt()).minusSeconds(5));
		await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> multicasts().isEmpty());

		this.clock.advance(Duration.ofSeconds(5));
		await().atMost(Duration.ofSeconds(5)).until(() -> multicasts().size() == 1 && pushesTo(GROUP).size() == 1);
		ServeEvent multicast = multicasts().get(0);
		assertThat(recipients(multicast)).containsExactlyInAnyOrderElementsOf(people);
		assertThat(retryKey(multicast)).isNotBlank();
		String sent = multicast.getRequest().getBodyAsString();
		assertThat(sent).contains("https://www.youtube.com/watch?v=abc123&openExternalBrowser=1", "直播連結");
		String group = pushesTo(GROUP).get(0).getRequest().getBodyAsString();
		assertThat(group).contains("openExternalBrowser=1", "oaMessage").doesNotContain("postback");

		await().atMost(Duration.ofSeconds(5)).until(() -> reports().size() == 1);
		String report = reports().get(0).getRequest().getBodyAsString();
		assertThat(report).contains("群組：1/1", "報名者：3/3", "沒有 LINE 帳號（請改用 e-mail 通知）：1 人");
		JsonNode deliveries = this.api.call("GET", "/api/workshops/W1/deliveries", null, 200);
		assertThat(deliveries.get(0).path("state").asString()).isEqualTo("done");
		assertThat(deliveries.get(0).path("accepted").asInt()).isEqualTo(2);
		assertThat(deliveries.get(0).path("unreachable").get(0).path("name").asString()).isEqualTo("沒有LINE的同仁");
	}

	@Test
	void aLinkSetAfterItsMinuteGoesAtOnceAndAChangeGoesAgainAsAnUpdate() {
		Workshop workshop = this.fixture.workshopStartingIn("W2", Duration.ofMinutes(5), StreamAudience.REGISTRANTS);
		this.fixture.registrants(workshop, "w2", 2);
		this.fixture.linkGroup(workshop, GROUP);

		this.api.call("PUT", "/api/workshops/W2/stream", "{\"url\": \"" + LINK + "\"}", 200);
		await().atMost(Duration.ofSeconds(5)).until(() -> multicasts().size() == 1);
		this.api.call("PUT", "/api/workshops/W2/stream", "{\"url\": \"" + LINK + "\"}", 200);
		this.api.call("PUT", "/api/workshops/W2/stream", "{\"url\": \"https://youtu.be/new\"}", 200);

		await().atMost(Duration.ofSeconds(5)).until(() -> multicasts().size() == 2);
		assertThat(multicasts().get(1).getRequest().getBodyAsString()).contains("直播連結已更新",
				"https://youtu.be/new?openExternalBrowser=1");
		assertThat(pushesTo(GROUP)).as("the audience is registrants only").isEmpty();
		await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> multicasts().size() == 2);
	}

	@Test
	void onlyHttpsLinksAreTaken() {
		this.fixture.workshopStartingIn("W3", Duration.ofMinutes(30), StreamAudience.BOTH);

		this.api.call("PUT", "/api/workshops/W3/stream", "{\"url\": \"http://youtube.com/live\"}", 400);
		this.api.call("PUT", "/api/workshops/W3/stream", "{\"url\": \"youtube\"}", 400);
		this.api.call("PUT", "/api/workshops/NONE/stream", "{\"url\": \"" + LINK + "\"}", 404);
		this.api.call("GET", "/api/workshops/W3/stream", null, 404);
	}

	@Test
	void twelveHundredRegistrantsGoInMulticastsOfFiveHundredEachWithItsOwnKey() {
		Workshop workshop = this.fixture.workshopStartingIn("W4", Duration.ofMinutes(5), StreamAudience.BOTH);
		List<String> people = this.fixture.registrants(workshop, "w4", 1200);

		this.api.call("PUT", "/api/workshops/W4/stream", "{\"url\": \"" + LINK + "\"}", 200);

		await().atMost(Duration.ofSeconds(10)).until(() -> multicasts().size() == 3);
		List<Integer> sizes = multicasts().stream().map((event) -> recipients(event).size()).sorted().toList();
		assertThat(sizes).containsExactly(200, 500, 500);
		Set<String> reached = new HashSet<>();
		multicasts().forEach((event) -> reached.addAll(recipients(event)));
		assertThat(reached).containsExactlyInAnyOrderElementsOf(people);
		assertThat(multicasts().stream().map(DeliveryFixture::retryKey).distinct()).hasSize(3);
	}

	@Test
	void aServerErrorIsRetriedWithTheSameKeyAndTheSameBytes() {
		Workshop workshop = this.fixture.workshopStartingIn("W5", Duration.ofMinutes(5), StreamAudience.BOTH);
		this.fixture.registrants(workshop, "w5", 3);
		LineApi.server()
			.stubFor(post(urlPathEqualTo("/v2/bot/message/multicast")).inScenario("500")
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(serverError())
				.willSetStateTo("recovered"));
		LineApi.server()
			.stubFor(post(urlPathEqualTo("/v2/bot/message/multicast")).inScenario("500")
				.whenScenarioStateIs("recovered")
				.willReturn(okJson("{}")));

		this.api.call("PUT", "/api/workshops/W5/stream", "{\"url\": \"" + LINK + "\"}", 200);
		await().atMost(Duration.ofSeconds(5)).until(() -> multicasts().size() == 1);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> java.util.Optional.ofNullable(this.store.attempts(StreamLinkDue.id("W5", 1)).get(0))
				.map(Attempts::count)
				.orElse(0) == 1);
		this.clock.advance(Duration.ofSeconds(2)); // past the first pause (1 s and a bit)

		await().atMost(Duration.ofSeconds(5)).until(() -> multicasts().size() == 2);
		ServeEvent first = multicasts().get(0);
		ServeEvent retry = multicasts().get(1);
		assertThat(retryKey(retry)).isEqualTo(retryKey(first));
		assertThat(retry.getRequest().getBody()).isEqualTo(first.getRequest().getBody());
		await().atMost(Duration.ofSeconds(5)).until(() -> reports().size() == 1);
		assertThat(reports().get(0).getRequest().getBodyAsString()).contains("報名者：3/3");
	}

	@Test
	void a409MeansLineTookItBefore() {
		Workshop workshop = this.fixture.workshopStartingIn("W6", Duration.ofMinutes(5), StreamAudience.BOTH);
		this.fixture.registrants(workshop, "w6", 2);
		LineApi.server()
			.stubFor(post(urlPathEqualTo("/v2/bot/message/multicast")).willReturn(LineApi.alreadyAccepted()));

		this.api.call("PUT", "/api/workshops/W6/stream", "{\"url\": \"" + LINK + "\"}", 200);

		await().atMost(Duration.ofSeconds(5)).until(() -> reports().size() == 1);
		assertThat(reports().get(0).getRequest().getBodyAsString()).contains("報名者：2/2");
		assertThat(multicasts()).hasSize(1);
	}

	@Test
	void rateLimitedRequestsWaitLongerEachTime() {
		Workshop workshop = this.fixture.workshopStartingIn("W7", Duration.ofMinutes(5), StreamAudience.BOTH);
		this.fixture.registrants(workshop, "w7", 2);
		LineApi.server()
			.stubFor(post(urlPathEqualTo("/v2/bot/message/multicast")).inScenario("429")
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(LineApi.rateLimited())
				.willSetStateTo("again"));
		LineApi.server()
			.stubFor(post(urlPathEqualTo("/v2/bot/message/multicast")).inScenario("429")
				.whenScenarioStateIs("again")
				.willReturn(LineApi.rateLimited())
				.willSetStateTo("open"));
		LineApi.server()
			.stubFor(post(urlPathEqualTo("/v2/bot/message/multicast")).inScenario("429")
				.whenScenarioStateIs("open")
				.willReturn(okJson("{}")));

		this.api.call("PUT", "/api/workshops/W7/stream", "{\"url\": \"" + LINK + "\"}", 200);
		await().atMost(Duration.ofSeconds(5)).until(() -> multicasts().size() == 1);
		// Short of the first pause (1 to 1.25 s) even on a slow machine:
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(3)).until(() -> multicasts().size() == 1);
		this.clock.advance(Duration.ofMillis(1300));
		await().atMost(Duration.ofSeconds(5)).until(() -> multicasts().size() == 2);
		this.clock.advance(Duration.ofMillis(500)); // the second is 2 to 2.5 s: not yet
		await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> multicasts().size() == 2);
		this.clock.advance(Duration.ofMillis(2000));
		await().atMost(Duration.ofSeconds(5)).until(() -> multicasts().size() == 3);

		assertThat(multicasts().stream().map(DeliveryFixture::retryKey).distinct()).hasSize(1);
		await().atMost(Duration.ofSeconds(5)).until(() -> reports().size() == 1);
	}

	@Test
	void aRateLimitedRequestWaitsWhatRetryAfterAsks() {
		Workshop workshop = this.fixture.workshopStartingIn("W9", Duration.ofMinutes(5), StreamAudience.BOTH);
		this.fixture.registrants(workshop, "w9", 2);
		LineApi.server()
			.stubFor(post(urlPathEqualTo("/v2/bot/message/multicast")).inScenario("retry-after")
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(LineApi.rateLimited().withHeader("Retry-After", "5"))
				.willSetStateTo("open"));
		LineApi.server()
			.stubFor(post(urlPathEqualTo("/v2/bot/message/multicast")).inScenario("retry-after")
				.whenScenarioStateIs("open")
				.willReturn(okJson("{}")));

		this.api.call("PUT", "/api/workshops/W9/stream", "{\"url\": \"" + LINK + "\"}", 200);
		await().atMost(Duration.ofSeconds(5)).until(() -> multicasts().size() == 1);
		// Past the usual first pause (at most 1.25 s), short of the five seconds asked:
		this.clock.advance(Duration.ofMillis(3000));
		await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> multicasts().size() == 1);
		this.clock.advance(Duration.ofMillis(2100));
		await().atMost(Duration.ofSeconds(5)).until(() -> multicasts().size() == 2);
		assertThat(multicasts().stream().map(DeliveryFixture::retryKey).distinct()).hasSize(1);
	}

	@Test
	void theMonthlyLimitIsFinalAndReported() {
		Workshop workshop = this.fixture.workshopStartingIn("W8", Duration.ofMinutes(5), StreamAudience.BOTH);
		this.fixture.registrants(workshop, "w8", 600);
		LineApi.server()
			.stubFor(post(urlPathEqualTo("/v2/bot/message/multicast")).willReturn(LineApi.monthlyLimitReached()));

		this.api.call("PUT", "/api/workshops/W8/stream", "{\"url\": \"" + LINK + "\"}", 200);

		await().atMost(Duration.ofSeconds(5)).until(() -> reports().size() == 1);
		assertThat(reports().get(0).getRequest().getBodyAsString()).contains("報名者：0/600", "monthly limit");
		int tried = multicasts().size();
		this.clock.advance(Duration.ofMinutes(10));
		await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> multicasts().size() == tried);
		JsonNode delivery = this.api.call("GET", "/api/workshops/W8/deliveries", null, 200).get(0);
		assertThat(delivery.path("failed").asInt()).isEqualTo(2);
		assertThat(multicasts().stream().map((event) -> recipients(event).size())).containsExactlyInAnyOrder(500, 100);
	}

	@Test
	void everyoneOfARefusedMulticastIsListedAsUnreachableWithWhatLineSaid() {
		Workshop workshop = this.fixture.workshopStartingIn("W11", Duration.ofMinutes(5), StreamAudience.REGISTRANTS);
		List<String> people = this.fixture.registrants(workshop, "w11", 600);
		String refusedOne = people.get(0);
		LineApi.server()
			.stubFor(post(urlPathEqualTo("/v2/bot/message/multicast")).withRequestBody(containing(refusedOne))
				.willReturn(LineApi.error(400, "The property, 'to[0]', in the request body is invalid")));

		this.api.call("PUT", "/api/workshops/W11/stream", "{\"url\": \"" + LINK + "\"}", 200);

		await().atMost(Duration.ofSeconds(5)).until(() -> reports().size() == 1);
		JsonNode delivery = this.api.call("GET", "/api/workshops/W11/deliveries", null, 200).get(0);
		assertThat(delivery.path("counts").path("peopleReached").asInt()).isEqualTo(100);
		JsonNode unreachable = delivery.path("unreachable");
		assertThat(unreachable).hasSize(500);
		assertThat(unreachable.get(0).path("reason").asString()).isEqualTo("refused-by-line");
		assertThat(unreachable.get(0).path("detail").asString()).contains("400", "to[0]");
		assertThat(unreachable.get(0).path("name").asString()).isEqualTo("同仁1");
		assertThat(unreachable.get(499).path("name").asString()).isEqualTo("同仁500");
		assertThat(unreachable.get(0).path("email").asString()).contains("@");
	}

	@Test
	void theMonthlyLimitListsEveryoneNotReached() {
		Workshop workshop = this.fixture.workshopStartingIn("W12", Duration.ofMinutes(5), StreamAudience.REGISTRANTS);
		this.fixture.registrants(workshop, "w12", 3);
		LineApi.server()
			.stubFor(post(urlPathEqualTo("/v2/bot/message/multicast")).willReturn(LineApi.monthlyLimitReached()));

		this.api.call("PUT", "/api/workshops/W12/stream", "{\"url\": \"" + LINK + "\"}", 200);

		await().atMost(Duration.ofSeconds(5)).until(() -> reports().size() == 1);
		JsonNode unreachable = this.api.call("GET", "/api/workshops/W12/deliveries", null, 200)
			.get(0)
			.path("unreachable");
		assertThat(unreachable).hasSize(3);
		assertThat(unreachable.findValuesAsString("reason")).containsOnly("monthly-limit");
		assertThat(unreachable.findValuesAsString("name")).containsExactly("同仁1", "同仁2", "同仁3");
	}

}
