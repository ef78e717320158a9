package tw.workshopbot.line;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.Test;

import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When a reply token cannot be trusted, the answer is pushed, once, with a key derived
 * from the event.
 */
class ReplyTokenTest extends IntegrationTest {

	@Test
	void pushesWhenARedeliveredEventIsOlderThanItsReplyTokenLives() {
		WebhookEvent late = WebhookEvent.text("Ulate", "報名")
			.at(Instant.now().minus(Duration.ofMinutes(25)))
			.redelivered();

		assertThat(this.webhook.deliver(late).statusCode()).isEqualTo(200);

		ServeEvent push = awaitPush();
		assertThat(push.getRequest().getHeader("X-Line-Retry-Key"))
			.isEqualTo(RetryKeys.forEventAnswer(late.eventId()).toString());
		assertThat(push.getRequest().getBodyAsString()).contains("\"to\":\"Ulate\"").contains("目前沒有開放報名");
		assertThat(LineApi.requestsTo("/v2/bot/message/reply")).isEmpty();
	}

	@Test
	void pushesWhenLineSaysTheReplyTokenIsInvalid() {
		LineApi.replyTokensAreInvalid();
		WebhookEvent event = WebhookEvent.text("Uinvalid", "報名");

		this.webhook.deliver(event);

		ServeEvent push = awaitPush();
		assertThat(LineApi.requestsTo("/v2/bot/message/reply")).hasSize(1);
		assertThat(push.getRequest().getHeader("X-Line-Retry-Key"))
			.isEqualTo(RetryKeys.forEventAnswer(event.eventId()).toString());
	}

	@Test
	void pushesWhenAnEventWaitedInTheInboxLongerThanItsTokenIsTrusted() {
		LineApi.repliesTakeMillis(1000);
		WebhookEvent busy = WebhookEvent.text("Uqueued", "first");
		WebhookEvent waiting = WebhookEvent.text("Uqueued", "second");

		this.webhook.deliver(busy, waiting);
		// The first answer must be on its way (its token judged fresh) before time jumps;
		// otherwise both events would look stale and both be pushed.
		await().untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/reply")).hasSize(1));
		this.clock.advance(Duration.ofSeconds(55));

		ServeEvent push = awaitPush();
		assertThat(push.getRequest().getHeader("X-Line-Retry-Key"))
			.isEqualTo(RetryKeys.forEventAnswer(waiting.eventId()).toString());
		assertThat(LineApi.requestsTo("/v2/bot/message/reply")).hasSize(1);
	}

	@Test
	void pushesToTheJoinedGroupWhenTheJoinWasLongAgo() {
		WebhookEvent join = WebhookEvent.fixture("join").at(Instant.now().minus(Duration.ofMinutes(30))).redelivered();

		this.webhook.deliver(join);

		assertThat(awaitPush().getRequest().getBodyAsString()).contains("\"to\":\"C4af4980629abcdefabcdefabcdef0001\"");
	}

	@Test
	void retriesAFailedPushWithTheSameKeyAndTakesA409AsDelivered() {
		LineApi.replyTokensAreInvalid();
		LineApi.server()
			.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/v2/bot/message/push")
				.inScenario("flaky")
				.whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
				.willReturn(com.github.tomakehurst.wiremock.client.WireMock.serverError())
				.willSetStateTo("accepted"));
		LineApi.server()
			.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/v2/bot/message/push")
				.inScenario("flaky")
				.whenScenarioStateIs("accepted")
				.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
					.withStatus(409)
					.withHeader("Content-Type", "application/json")
					.withHeader("x-line-accepted-request-id", "accepted-request")
					.withBody("{\"message\":\"The retry key is already accepted\"}")));
		WebhookEvent event = WebhookEvent.text("Uflaky", "報名");

		this.webhook.deliver(event);

		await().untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/push")).hasSize(2));
		assertThat(LineApi.requestsTo("/v2/bot/message/push"))
			.extracting((push) -> push.getRequest().getHeader("X-Line-Retry-Key"))
			.containsOnly(RetryKeys.forEventAnswer(event.eventId()).toString());
		await().untilAsserted(() -> assertThat(nothingPending()).isTrue());
		assertThat(LineApi.requestsTo("/v2/bot/message/push")).hasSize(2);
	}

	private static ServeEvent awaitPush() {
		await().untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/push")).hasSize(1));
		return LineApi.requestsTo("/v2/bot/message/push").get(0);
	}

}
