package tw.workshopbot.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.BotMessage;
import tw.workshopbot.chat.EventContext;
import tw.workshopbot.chat.Messenger;
import tw.workshopbot.line.AnswerJournal.Done;
import tw.workshopbot.line.AnswerJournal.Entry;
import tw.workshopbot.line.AnswerJournal.Sending;
import tw.workshopbot.line.LineApiCalls.Call;
import tw.workshopbot.line.LineApiCalls.Outcome;
import tw.workshopbot.line.ReplyRules.Attempt;
import tw.workshopbot.line.ReplyRules.Decision;
import tw.workshopbot.line.ReplyRules.DeliveredEarlier;
import tw.workshopbot.line.ReplyRules.Push;
import tw.workshopbot.line.ReplyRules.Replied;
import tw.workshopbot.line.ReplyRules.Tries;
import tw.workshopbot.line.ReplyRules.TryAgain;
import tw.workshopbot.line.ReplyRules.Uncertain;

/**
 * Answers events through the SDK, exactly once. The reply token is tried, and tried again
 * after 5xx, 429 and network failures, while it surely lives (LINE keeps it about a
 * minute from delivery, and a redelivered one no longer than 20 minutes from the event);
 * {@link ReplyRules} decide from the recorded attempts whether an "invalid" token means
 * delivered or dead. A dead token that was never used falls back to a push with a retry
 * key derived from the event, so that no redelivery or retry can push it twice. Each
 * answer is written down before its first attempt ({@link AnswerJournal}), so an event
 * handled again after a crash finishes its answer instead of answering anew.
 */
@Component
class LineMessenger implements Messenger {

	static final Duration REPLY_TOKEN_TRUSTED_FOR = Duration.ofSeconds(50);

	static final Duration REDELIVERED_TOKEN_DIES_AFTER = Duration.ofMinutes(19);

	/**
	 * A push waits no longer than this for LINE's Retry-After; deliveries wait longer.
	 */
	static final Duration LONGEST_PUSH_PAUSE = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(LineMessenger.class);

	private static final int PUSH_ATTEMPTS = 3;

	private final MessagingApiClient client;

	private final LineApiCalls calls;

	private final LineProperties properties;

	private final AnswerJournal journal;

	private final ResentReplies resent;

	private final ChannelRateLimits limits;

	private final Clock clock;

	LineMessenger(MessagingApiClient client, LineApiCalls calls, LineProperties properties, AnswerJournal journal,
			ResentReplies resent, ChannelRateLimits limits, Clock clock) {
		this.client = client;
		this.limits = limits;
		this.calls = calls;
		this.properties = properties;
		this.journal = journal;
		this.resent = resent;
		this.clock = clock;
	}

	@Override
	public void answer(EventContext event, List<BotMessage> messages) {
		if (event.standby()) {
			log.debug("Standby event: another channel answers this chat");
			return;
		}
		if (!this.properties.hasAccessToken()) {
			log.info("LINE_CHANNEL_ACCESS_TOKEN is not set: an answer was not sent");
			this.calls.count("reply", Outcome.UNCONFIGURED);
			return;
		}
		List<Message> lineMessages = LineMessages.of(messages);
		if (event.hasEventId()) {
			this.journal.begin(event.eventId(), lineMessages);
		}
		deliver(event, lineMessages, Tries.NONE);
	}

	@Override
	public boolean resume(EventContext event) {
		if (!event.hasEventId() || !this.properties.hasAccessToken()) {
			return false;
		}
		Entry entry = this.journal.find(event.eventId());
		if (entry instanceof Done) {
			log.info("An event handled before was handed over again; its answer was settled then");
			this.calls.count("answer", "settled-before");
			return true;
		}
		if (entry instanceof Sending sending) {
			log.info("An event whose answer was under way when its worker stopped: finishing that answer");
			deliver(event, sending.messages(), Tries.INTERRUPTED);
			return true;
		}
		return false;
	}

	@Override
	public void tell(String userId, List<BotMessage> messages, UUID retryKey) {
		if (!this.properties.hasAccessToken()) {
			log.info("LINE_CHANNEL_ACCESS_TOKEN is not set: a message was not sent");
			this.calls.count("push", Outcome.UNCONFIGURED);
			return;
		}
		push(userId, retryKey, LineMessages.of(messages));
	}

	/** Says "busy" without waiting: called on the webhook thread when Redis is away. */
	void replyBusyWithoutWaiting(EventContext event, List<BotMessage> messages) {
		if (event.standby() || event.replyToken() == null || !this.properties.hasAccessToken()) {
			return;
		}
		this.calls.countWhenDone("reply", this.client
			.replyMessage(new ReplyMessageRequest(event.replyToken(), LineMessages.of(messages), false)));
	}

	private void deliver(EventContext event, List<Message> messages, Tries before) {
		Decision decision = reply(event, messages, before);
		String how;
		if (decision instanceof Push) {
			how = pushAnswer(event, messages);
		}
		else if (decision instanceof Replied) {
			how = "replied";
		}
		else if (decision instanceof DeliveredEarlier) {
			how = "delivered-earlier";
		}
		else if (decision instanceof Uncertain) {
			log.warn("A reply token ran out while an attempt may have reached LINE; not pushed, to send it once");
			how = "uncertain";
		}
		else {
			how = "refused";
		}
		this.calls.count("answer", how);
		if (event.hasEventId()) {
			this.journal.finish(event.eventId(), how);
		}
	}

	/** Tries the reply token until the rules say what became of the answer. */
	private Decision reply(EventContext event, List<Message> messages, Tries before) {
		Instant deadline = tokenDeadline(event);
		if (deadline == null || !this.clock.instant().isBefore(deadline)) {
			return ReplyRules.expired(before);
		}
		Tries tries = before;
		ReplyMessageRequest request = new ReplyMessageRequest(event.replyToken(), messages, false);
		while (true) {
			Call<?> call = this.calls.await("reply", this.client.replyMessage(request));
			boolean mayHaveArrived = call.mayHaveArrived() || this.resent.wasResent(event.replyToken());
			Decision decision = ReplyRules.next(tries, new Attempt(call.outcome(), mayHaveArrived, call.retryAfter()),
					this.clock.instant(), deadline);
			tries = tries.after(mayHaveArrived);
			if (!(decision instanceof TryAgain again)) {
				logFailure("reply", call, decision);
				return decision;
			}
			if (!pause(again.after())) {
				return ReplyRules.expired(tries);
			}
		}
	}

	private String pushAnswer(EventContext event, List<Message> messages) {
		if (!event.chat().isAddressable()) {
			return "not-addressable";
		}
		UUID retryKey = event.hasEventId() ? RetryKeys.forEventAnswer(event.eventId()) : UUID.randomUUID();
		return push(event.chat().id(), retryKey, messages) ? "pushed" : "push-failed";
	}

	/** Whether LINE took the push (now or on an earlier attempt with the same key). */
	private boolean push(String to, UUID retryKey, List<Message> messages) {
		PushMessageRequest request = new PushMessageRequest(to, messages, false, null);
		for (int attempt = 1; attempt <= PUSH_ATTEMPTS; attempt++) {
			if (!awaitPushAllowed()) {
				return false;
			}
			Call<?> push = this.calls.await("push", this.client.pushMessage(retryKey, request));
			if (push.outcome() == Outcome.OK || push.outcome() == Outcome.ACCEPTED_BEFORE) {
				return true;
			}
			Duration wait = ReplyRules.pauseAfter(attempt * 2, push.retryAfter());
			if (!push.outcome().worthRetrying() || attempt == PUSH_ATTEMPTS || wait.compareTo(LONGEST_PUSH_PAUSE) > 0) {
				log.warn("LINE push failed: {} {} {}", push.outcome(), push.status(), push.error());
				return false;
			}
			if (!pause(wait)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Waits for the channel's shared push bucket. While Redis, which keeps it, does not
	 * answer, the push goes anyway: an answer is not held back for a count, and LINE's
	 * own 429 is handled like any other.
	 */
	private boolean awaitPushAllowed() {
		try {
			this.limits.pushes().asBlocking().consume(1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (RuntimeException ex) {
			log.debug("Push rate limit not reachable: {}", ex.toString());
		}
		return true;
	}

	/** Until when the event's reply token surely lives; null when it has none. */
	private Instant tokenDeadline(EventContext event) {
		if (event.replyToken() == null || event.replyToken().isBlank()) {
			return null;
		}
		Instant fresh = event.receivedAt().plus(REPLY_TOKEN_TRUSTED_FOR);
		if (!event.redelivery()) {
			return fresh;
		}
		Instant redelivered = event.occurredAt().plus(REDELIVERED_TOKEN_DIES_AFTER);
		return fresh.isBefore(redelivered) ? fresh : redelivered;
	}

	private static void logFailure(String operation, Call<?> call, Decision decision) {
		if (call.outcome() != Outcome.OK && !(decision instanceof DeliveredEarlier)) {
			log.warn("LINE {} failed: {} {} {}", operation, call.outcome(), call.status(), call.error());
		}
	}

	/** Waits between attempts; false when interrupted (the service is stopping). */
	private static boolean pause(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
