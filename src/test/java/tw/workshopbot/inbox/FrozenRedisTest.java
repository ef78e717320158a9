package tw.workshopbot.inbox;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tw.workshopbot.support.ChatUser;
import tw.workshopbot.support.FreezableRedis;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.ReplyTokens;
import tw.workshopbot.support.ReplyTokens.FirstAttempt;
import tw.workshopbot.support.WebhookEvent;
import tw.workshopbot.workshop.Contact;
import tw.workshopbot.workshop.Office;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis freezes (SIGSTOP) mid sign-up for longer than the webhook waits, then resumes and
 * runs everything it was sent. The person who was told 「系統忙碌，請稍後再試」 must find that true:
 * the event is never handled later, and the answer they type again lands on the question
 * they were asked.
 */
class FrozenRedisTest extends IntegrationTest {

	private static final FreezableRedis REDIS = FreezableRedis.start();

	private final StringBuilder transcript = new StringBuilder();

	@Autowired
	private Workshops workshops;

	@DynamicPropertySource
	static void frozenRedis(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", REDIS::url);
	}

	@AfterAll
	static void stopRedis() {
		REDIS.close();
	}

	@Test
	void anEventToldBusyIsNeverTakenAndItsRetryAnswersTheSameQuestion() {
		Instant starts = this.clock.instant().plus(Duration.ofDays(3));
		this.workshops.insert(new Workshop("F1", "凍結測試工作坊", null, starts, starts.plus(Duration.ofHours(2)),
				starts.minus(Duration.ofDays(1)), null, BigDecimal.valueOf(2), null,
				List.of(new Office("西屯區公所", false, false), new Office("其他單位", false, true)),
				List.of(new Contact("主辦單位", "臺中市政府文化局", "陳小姐", "04-2228-9111", null, null))));
		LineApi.replyTokensUsedOnce(FirstAttempt.ACCEPTED);
		ChatUser person = new ChatUser("Ufrozen0001", this.webhook, this.transcript);
		person.says("報名");
		assertThat(person.taps("同意").lastLine()).isEqualTo("姓名");

		REDIS.freeze();
		WebhookEvent duringFreeze = WebhookEvent.text(person.userId(), "王小明");
		assertThat(this.webhook.deliver(duringFreeze).statusCode()).isEqualTo(200);
		await().untilAsserted(() -> assertThat(ReplyTokens.acceptedBodies())
			.anySatisfy((body) -> assertThat(body).contains(duringFreeze.replyToken()).contains("系統忙碌")));
		REDIS.thaw();

		ChatUser.Answer retried = person.says("王小明");
		assertThat(retried.lastLine()).as(this.transcript.toString()).isEqualTo("區公所");
		assertThat(person.says("西屯").lastLine()).isEqualTo("課室");
		assertThat(this.redis.keys("wb:inbox:*:seen:" + duringFreeze.eventId())).isEmpty();
		assertThat(ReplyTokens.acceptedBodies()).filteredOn((body) -> body.contains(duringFreeze.replyToken()))
			.hasSize(1);
		assertThat(LineApi.requestsTo("/v2/bot/message/push")).as("pushes").isEmpty();
	}

}
