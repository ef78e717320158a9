package tw.workshopbot.line;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.ReplyTokens;
import tw.workshopbot.support.ReplyTokens.FirstAttempt;
import tw.workshopbot.support.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each fault of LINE's reply endpoint that a fault run tried, twenty people at once: each
 * person is shown the answer exactly once, by reply, never again by a paid push. The read
 * time-out is shorter than the stall so that a stalled reply is one whose fate the bot
 * cannot know.
 */
@TestPropertySource(properties = "line.read-timeout=1s")
class ReplyFaultsTest extends IntegrationTest {

	private static final int PEOPLE = 20;

	@Autowired
	private MeterRegistry meters;

	@ParameterizedTest
	@EnumSource(value = FirstAttempt.class, mode = EnumSource.Mode.EXCLUDE, names = "ALWAYS_SERVER_ERROR")
	void everyPersonIsAnsweredOnceByReply(FirstAttempt fault) {
		LineApi.replyTokensUsedOnce(fault);
		List<WebhookEvent> events = askEach("U" + fault.ordinal() + "f");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(ReplyTokens.acceptedBodies()).hasSize(PEOPLE));
		await().until(this::nothingPending);

		for (WebhookEvent event : events) {
			assertThat(ReplyTokens.acceptedBodies()).as("replies shown for %s", event.replyToken())
				.filteredOn((body) -> body.contains(event.replyToken()))
				.singleElement()
				.satisfies((body) -> assertThat(body).contains("目前沒有開放報名"));
		}
		assertThat(LineApi.requestsTo("/v2/bot/message/push")).as("pushes").isEmpty();
	}

	@Test
	void aRateLimitedReplyWaitsWhatRetryAfterAsks() {
		LineApi.replyTokensUsedOnce(FirstAttempt.RATE_LIMITED_RETRY_AFTER);
		List<WebhookEvent> events = askEach("Uretryafter");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(ReplyTokens.acceptedBodies()).hasSize(PEOPLE));

		for (WebhookEvent event : events) {
			List<Instant> attempts = repliesWith(event.replyToken());
			assertThat(attempts).hasSize(2);
			assertThat(Duration.between(attempts.get(0), attempts.get(1)))
				.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		}
	}

	@Test
	void aReplyThatLineTookBeforeTheConnectionBrokeIsNotPushedAgain() {
		double before = answers("delivered-earlier");
		LineApi.replyTokensUsedOnce(FirstAttempt.RESET_AFTER_ACCEPTED);
		askEach("Ureset");

		await().atMost(Duration.ofSeconds(20)).until(() -> answers("delivered-earlier") - before >= PEOPLE);
		await().until(this::nothingPending);
		assertThat(LineApi.requestsTo("/v2/bot/message/push")).isEmpty();
		assertThat(ReplyTokens.acceptedBodies()).hasSize(PEOPLE);
	}

	@Test
	void aTokenLineNeverTookIsPushedOnceItsLifeRunsOut() {
		LineApi.replyTokensUsedOnce(FirstAttempt.ALWAYS_SERVER_ERROR);
		List<WebhookEvent> events = askEach("Unever").subList(0, 1);

		await().untilAsserted(() -> assertThat(repliesWith(events.get(0).replyToken())).hasSizeGreaterThan(1));
		this.clock.advance(Duration.ofSeconds(55));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/push")).hasSize(PEOPLE));
		await().until(this::nothingPending);
		for (int i = 0; i < PEOPLE; i++) {
			String to = "\"to\":\"Unever" + i + "\"";
			assertThat(LineApi.requestsTo("/v2/bot/message/push"))
				.filteredOn((push) -> push.getRequest().getBodyAsString().contains(to))
				.singleElement()
				.satisfies((push) -> assertThat(push.getRequest().getBodyAsString()).contains("目前沒有開放報名"));
		}
		assertThat(ReplyTokens.acceptedBodies()).isEmpty();
	}

	private List<WebhookEvent> askEach(String userPrefix) {
		List<WebhookEvent> events = new ArrayList<>();
		IntStream.range(0, PEOPLE).forEach((i) -> events.add(WebhookEvent.text(userPrefix + i, "報名")));
		for (WebhookEvent event : events) {
			assertThat(this.webhook.deliver(event).statusCode()).isEqualTo(200);
		}
		return events;
	}

	private static List<Instant> repliesWith(String replyToken) {
		return LineApi.requestsTo("/v2/bot/message/reply")
			.stream()
			.filter((reply) -> reply.getRequest().getBodyAsString().contains(replyToken))
			.map(ServeEvent::getRequest)
			.map((request) -> request.getLoggedDate().toInstant())
			.sorted()
			.toList();
	}

	private double answers(String outcome) {
		var counter = this.meters.find("line.api.calls").tag("operation", "answer").tag("outcome", outcome).counter();
		return counter == null ? 0 : counter.count();
	}

}
