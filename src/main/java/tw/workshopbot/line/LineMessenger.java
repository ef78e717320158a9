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
import tw.workshopbot.line.LineApiCalls.Call;
import tw.workshopbot.line.LineApiCalls.Outcome;

/**
 * Answers events through the SDK. A reply token is used while it is surely alive (LINE
 * keeps it about a minute from delivery, and a redelivered one no longer than 20 minutes
 * from the event); after that, or when LINE calls it invalid, the answer is pushed with a
 * retry key derived from the event, so that no redelivery or retry can push it twice.
 */
@Component
class LineMessenger implements Messenger {

	static final Duration REPLY_TOKEN_TRUSTED_FOR = Duration.ofSeconds(50);

	static final Duration REDELIVERED_TOKEN_DIES_AFTER = Duration.ofMinutes(19);

	private static final Logger log = LoggerFactory.getLogger(LineMessenger.class);

	private static final int PUSH_ATTEMPTS = 3;

	private final MessagingApiClient client;

	private final LineApiCalls calls;

	private final LineProperties properties;

	private final Clock clock;

	LineMessenger(MessagingApiClient client, LineApiCalls calls, LineProperties properties, Clock clock) {
		this.client = client;
		this.calls = calls;
		this.properties = properties;
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
		if (replyTokenAlive(event)) {
			Call<?> reply = this.calls.await("reply",
					this.client.replyMessage(new ReplyMessageRequest(event.replyToken(), lineMessages, false)));
			if (reply.outcome() != Outcome.INVALID_REPLY_TOKEN) {
				logFailure("reply", reply);
				return; // sent, or failed in a way where a push could make it arrive
						// twice
			}
		}
		if (!event.chat().isAddressable()) {
			return;
		}
		UUID retryKey = event.hasEventId() ? RetryKeys.forEventAnswer(event.eventId()) : UUID.randomUUID();
		push(event.chat().id(), retryKey, lineMessages);
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

	private void push(String to, UUID retryKey, List<Message> messages) {
		PushMessageRequest request = new PushMessageRequest(to, messages, false, null);
		for (int attempt = 1; attempt <= PUSH_ATTEMPTS; attempt++) {
			Call<?> push = this.calls.await("push", this.client.pushMessage(retryKey, request));
			if (!push.outcome().worthRetrying() || attempt == PUSH_ATTEMPTS) {
				logFailure("push", push);
				return;
			}
			backOff(attempt);
		}
	}

	private boolean replyTokenAlive(EventContext event) {
		if (event.replyToken() == null || event.replyToken().isBlank()) {
			return false;
		}
		Instant now = this.clock.instant();
		boolean fresh = now.isBefore(event.receivedAt().plus(REPLY_TOKEN_TRUSTED_FOR));
		boolean withinRedeliveryLife = !event.redelivery()
				|| now.isBefore(event.occurredAt().plus(REDELIVERED_TOKEN_DIES_AFTER));
		return fresh && withinRedeliveryLife;
	}

	private static void logFailure(String operation, Call<?> call) {
		if (call.outcome() != Outcome.OK && call.outcome() != Outcome.ACCEPTED_BEFORE) {
			log.warn("LINE {} failed: {} {} {}", operation, call.outcome(), call.status(), call.error());
		}
	}

	private static void backOff(int attempt) {
		try {
			Thread.sleep(200L * (1L << (2 * (attempt - 1))));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
