package tw.workshopbot.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.PersonalDataScan;
import tw.workshopbot.support.RawRedis;
import tw.workshopbot.support.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redelivery, per-chat order, parallelism across chats, and what the inbox holds
 * meanwhile.
 */
class InboxOrderingTest extends IntegrationTest {

	private static final int REPLY_MILLIS = 150;

	@Autowired
	private MeterRegistry meters;

	@Test
	void handlesARedeliveredEventOnce() {
		WebhookEvent first = WebhookEvent.text("Uredelivered", "報名");
		double before = this.meters.counter("webhook.events.deduplicated").count();

		assertThat(this.webhook.deliver(first).statusCode()).isEqualTo(200);
		assertThat(this.webhook.deliver(first.redelivered()).statusCode()).isEqualTo(200);

		await().untilAsserted(() -> assertThat(nothingPending()).isTrue());
		assertThat(LineApi.requestsTo("/v2/bot/message/reply")).hasSize(1);
		assertThat(this.meters.counter("webhook.events.deduplicated").count()).isEqualTo(before + 1);
	}

	@Test
	void keepsTwoConcurrentDeliveriesForOneChatInOrderAndNeverOverlaps() {
		LineApi.repliesTakeMillis(REPLY_MILLIS);
		List<WebhookEvent> a = events("Uordered", 3);
		List<WebhookEvent> b = events("Uordered", 3);

		CompletableFuture<Integer> first = CompletableFuture
			.supplyAsync(() -> this.webhook.deliver(a.toArray(WebhookEvent[]::new)).statusCode());
		CompletableFuture<Integer> second = CompletableFuture
			.supplyAsync(() -> this.webhook.deliver(b.toArray(WebhookEvent[]::new)).statusCode());

		assertThat(first.join()).isEqualTo(200);
		assertThat(second.join()).isEqualTo(200);
		await().untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/reply")).hasSize(6));
		List<ServeEvent> replies = LineApi.requestsTo("/v2/bot/message/reply");
		List<String> tokens = replies.stream().map(InboxOrderingTest::replyToken).toList();
		assertThat(tokens).containsSubsequence(a.stream().map(WebhookEvent::replyToken).toList());
		assertThat(tokens).containsSubsequence(b.stream().map(WebhookEvent::replyToken).toList());
		for (int i = 1; i < replies.size(); i++) {
			long gap = replies.get(i).getRequest().getLoggedDate().getTime()
					- replies.get(i - 1).getRequest().getLoggedDate().getTime();
			assertThat(gap).as("one chat's answers are sent one after another")
				.isGreaterThanOrEqualTo(REPLY_MILLIS - 10);
		}
	}

	@Test
	void handlesDifferentChatsInParallel() {
		LineApi.repliesTakeMillis(1000);
		WebhookEvent[] events = IntStream.range(0, 4)
			.mapToObj((i) -> WebhookEvent.text("Uparallel" + i, "報名"))
			.toArray(WebhookEvent[]::new);

		this.webhook.deliver(events);

		await().untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/reply")).hasSize(4));
		List<Long> received = LineApi.requestsTo("/v2/bot/message/reply")
			.stream()
			.map((reply) -> reply.getRequest().getLoggedDate().getTime())
			.toList();
		assertThat(received.get(3) - received.get(0)).as("four chats did not wait for each other").isLessThan(1000);
	}

	@Test
	void keepsWaitingEventsSealedSoATypedIdNumberIsNeverPlaintext() {
		LineApi.repliesTakeMillis(1500);
		String idNumber = PersonalDataScan.NATIONAL_IDS.get(0);
		this.webhook.deliver(WebhookEvent.text("Usealed", "報名"), WebhookEvent.text("Usealed", idNumber));

		await().untilAsserted(() -> assertThat(RawRedis.list(InboxKeys.events("user:Usealed"))).isNotEmpty());
		List<String> waiting = RawRedis.list(InboxKeys.events("user:Usealed"));

		assertThat(waiting).allSatisfy((entry) -> assertThat(entry).startsWith("gcm1.").doesNotContain(idNumber));
		await().untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/reply")).hasSize(2));
	}

	private static List<WebhookEvent> events(String userId, int count) {
		List<WebhookEvent> events = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			events.add(WebhookEvent.text(userId, "message " + i));
		}
		return events;
	}

	private static String replyToken(ServeEvent reply) {
		String body = reply.getRequest().getBodyAsString();
		int start = body.indexOf("\"replyToken\":\"") + 14;
		return body.substring(start, body.indexOf('"', start));
	}

}
