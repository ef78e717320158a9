package tw.workshopbot.line;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.support.ChatUser;
import tw.workshopbot.support.IntegrationTest;
import tw.workshopbot.support.LineApi;
import tw.workshopbot.support.ReplyTokens;
import tw.workshopbot.support.ReplyTokens.FirstAttempt;
import tw.workshopbot.support.WebhookEvent;
import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event handled a second time, as after a process died between answering it and
 * telling the inbox it was done (the inbox hands it out again once the chat's lease runs
 * out). The second handling is forced here by forgetting that the event was seen and
 * delivering it again: the person sees one answer, and the conversation does not take the
 * same message twice.
 */
class HandledAgainTest extends IntegrationTest {

	private static final String ANSWERED_BEFORE = "（當機前備妥的回答）請輸入姓名";

	@Autowired
	private Workshops workshops;

	@Autowired
	private AnswerJournal journal;

	@Autowired
	private MeterRegistry meters;

	private final StringBuilder transcript = new StringBuilder();

	@BeforeEach
	void anOpenWorkshop() {
		this.workshops.insert(new Workshop("H1", "期初討論工作坊", null, this.clock.instant().plus(Duration.ofDays(3)),
				this.clock.instant().plus(Duration.ofDays(3).plusHours(2)),
				this.clock.instant().plus(Duration.ofDays(2)), null, null, null,
				List.of(new tw.workshopbot.workshop.Office("西屯區公所", false, false)), List.of()));
		LineApi.replyTokensUsedOnce(FirstAttempt.ACCEPTED);
	}

	@Test
	void anAnswerSettledBeforeIsNotSentAgainAndItsConversationDoesNotRunAgain() {
		ChatUser person = new ChatUser("U" + "b".repeat(32), this.webhook, this.transcript);
		person.says("報名");
		WebhookEvent agree = WebhookEvent.postback(person.userId(), person.last().button("同意").orElseThrow().data());
		assertThat(person.sends(agree).lastLine()).isEqualTo("姓名");
		int shown = ReplyTokens.acceptedBodies().size();

		handleAgain(agree);

		assertThat(ReplyTokens.acceptedBodies()).hasSize(shown);
		assertThat(LineApi.requestsTo("/v2/bot/message/push")).isEmpty();
		// Had 同意 been taken again, at the name question, 「同意」 would be the name and
		// this the office.
		assertThat(person.says("王小明").lastLine()).isEqualTo("區公所");
	}

	/**
	 * Redis failed after the turn was stored and before its answer was written down
	 * (found by RedisFaultsTest): handled again, the turn is not applied twice and the
	 * person is asked what the conversation waits for, rather than hearing nothing.
	 */
	@Test
	void aTurnStoredWhoseAnswerWasNeverBegunAsksItsQuestionAgain() {
		ChatUser person = new ChatUser("U" + "e".repeat(32), this.webhook, this.transcript);
		person.says("報名");
		person.taps("同意");
		WebhookEvent name = WebhookEvent.text(person.userId(), "王小明");
		assertThat(person.sends(name).lastLine()).isEqualTo("區公所");
		this.redis.delete("wb:answer:" + name.eventId()); // as if never begun
		this.redis.delete(this.redis.keys("wb:inbox:*:seen:" + name.eventId()));

		WebhookEvent again = name.redelivered().replyToken("f".repeat(32));
		assertThat(this.webhook.deliver(again).statusCode()).isEqualTo(200);

		await().untilAsserted(() -> assertThat(ReplyTokens.acceptedBodies())
			.anySatisfy((body) -> assertThat(body).contains(again.replyToken(), "區公所")));
		assertThat(person.says("西屯").lastLine()).as(this.transcript.toString()).isEqualTo("課室");
	}

	@Test
	void anAnswerUnderWayWhenItsWorkerStoppedIsFinishedNotMadeAnew() {
		WebhookEvent event = WebhookEvent.text("U" + "c".repeat(32), "報名");
		this.journal.begin(event.eventId(), LineMessages.of(List.of(new BotMessage.Text(ANSWERED_BEFORE, List.of()))));

		assertThat(this.webhook.deliver(event).statusCode()).isEqualTo(200);

		await().untilAsserted(() -> assertThat(ReplyTokens.acceptedBodies()).singleElement()
			.satisfies(
					(body) -> assertThat(body).contains(event.replyToken(), ANSWERED_BEFORE).doesNotContain("個人資料")));
		await().until(this::nothingPending);
		assertThat(LineApi.requestsTo("/v2/bot/message/push")).isEmpty();
	}

	@Test
	void anAnswerThatReachedLineBeforeItsWorkerStoppedIsNotPushed() {
		double before = answers("delivered-earlier");
		WebhookEvent event = WebhookEvent.text("U" + "d".repeat(32), "報名");
		this.journal.begin(event.eventId(), LineMessages.of(List.of(new BotMessage.Text(ANSWERED_BEFORE, List.of()))));
		ReplyTokens.takenBefore(event.replyToken());

		assertThat(this.webhook.deliver(event).statusCode()).isEqualTo(200);

		await().until(() -> answers("delivered-earlier") > before);
		await().until(this::nothingPending);
		assertThat(ReplyTokens.acceptedBodies()).isEmpty();
		assertThat(LineApi.requestsTo("/v2/bot/message/push")).isEmpty();
	}

	/** Forgets that the event was seen and delivers it again, as LINE redelivers. */
	private void handleAgain(WebhookEvent event) {
		Set<String> seen = this.redis.keys("wb:inbox:*:seen:" + event.eventId());
		assertThat(seen).hasSize(1);
		this.redis.delete(seen);
		double settled = answers("settled-before");
		assertThat(this.webhook.deliver(event.redelivered()).statusCode()).isEqualTo(200);
		await().until(() -> answers("settled-before") > settled);
		await().until(this::nothingPending);
	}

	private double answers(String outcome) {
		var counter = this.meters.find("line.api.calls").tag("operation", "answer").tag("outcome", outcome).counter();
		return counter == null ? 0 : counter.count();
	}

}
