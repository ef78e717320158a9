package tw.workshopbot.line;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tw.workshopbot.privacy.DataCipher;

/**
 * What became of each event's answer, in Redis, so that an event handled again (its
 * process died before the inbox heard it was done, or Redis failed in between) is not
 * answered twice and is not taken as a new answer by its conversation. Before the first
 * attempt the answer is written down, sealed (it may quote personal data); once its fate
 * is known only that is kept.
 */
@Component
class AnswerJournal {

	/** As long as the inbox remembers an event id: no event is handled after that. */
	static final Duration KEPT = Duration.ofHours(48);

	static final String PURPOSE = "answer";

	private static final String SENDING = "sending:";

	private static final String DONE = "done:";

	/** What is known of an event's answer. */
	sealed interface Entry {

	}

	/** Attempts began and their fate is unknown: a process died during them. */
	record Sending(List<Message> messages) implements Entry {
	}

	/** Decided: replied, delivered earlier, pushed, uncertain or refused. */
	record Done(String how) implements Entry {
	}

	private final ObjectMapper sdkJson = ModelObjectMapper.createNewObjectMapper();

	private final StringRedisTemplate redis;

	private final DataCipher cipher;

	AnswerJournal(StringRedisTemplate redis, DataCipher cipher) {
		this.redis = redis;
		this.cipher = cipher;
	}

	/** Null when the event was never answered before. */
	Entry find(String eventId) {
		String stored = this.redis.opsForValue().get(key(eventId));
		if (stored == null) {
			return null;
		}
		if (stored.startsWith(SENDING)) {
			try {
				byte[] body = this.cipher.open(stored.substring(SENDING.length()), PURPOSE);
				return new Sending(this.sdkJson.readValue(body, ReplyMessageRequest.class).messages());
			}
			catch (java.io.IOException | RuntimeException ex) {
				return new Done("unreadable");
			}
		}
		return new Done(stored.substring(DONE.length()));
	}

	void begin(String eventId, List<Message> messages) {
		try {
			byte[] body = this.sdkJson.writeValueAsBytes(new ReplyMessageRequest("-", messages, false));
			this.redis.opsForValue().set(key(eventId), SENDING + this.cipher.seal(body, PURPOSE), KEPT);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The SDK could not write its own request", ex);
		}
	}

	void finish(String eventId, String how) {
		this.redis.opsForValue().set(key(eventId), DONE + how, KEPT);
	}

	private static String key(String eventId) {
		return "wb:answer:" + eventId;
	}

}
