package tw.workshopbot.inbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The workers fall behind (here: a backlog of one event, and LINE taking 1.5 s per
 * reply): the next webhook waits for room, then, finding none in time, is acknowledged
 * with 200 and its sender told 「系統忙碌」 by reply at once; the event is not stored, so it is
 * never answered later by push, and the event that was in hand is answered as usual.
 */
@TestPropertySource(properties = { "inbox.backlog-limit=1", "inbox.room-wait=300ms" })
class BacklogTest extends IntegrationTest {

	@Test
	void aWebhookFindingNoRoomWaitsThenTellsItsSenderTheSystemIsBusyAndStoresNothing() {
		LineApi.repliesTakeMillis(1500);
		WebhookEvent inHand = WebhookEvent.text("Ubacklog00000000000000000000000001", "說明");
		WebhookEvent noRoom = WebhookEvent.text("Ubacklog00000000000000000000000002", "說明");

		assertThat(this.webhook.deliver(inHand).statusCode()).isEqualTo(200);
		long started = System.nanoTime();
		assertThat(this.webhook.deliver(noRoom).statusCode()).isEqualTo(200);
		long waitedMillis = (System.nanoTime() - started) / 1_000_000;

		assertThat(waitedMillis).as("waited for room, within LINE's 2 s").isBetween(300L, 2000L);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/reply")).anySatisfy(
					(reply) -> assertThat(reply.getRequest().getBodyAsString()).contains(noRoom.replyToken(), "系統忙碌")));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(LineApi.requestsTo("/v2/bot/message/reply"))
				.anySatisfy((reply) -> assertThat(reply.getRequest().getBodyAsString()).contains(inHand.replyToken())
					.doesNotContain("系統忙碌")));
		assertThat(this.redis.keys("wb:inbox:*:seen:" + noRoom.eventId())).as("not stored").isEmpty();
		await().until(this::nothingPending);
		assertThat(LineApi.requestsTo("/v2/bot/message/push")).isEmpty();
	}

}
