package tw.workshopbot.dialog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tw.workshopbot.privacy.DataCipher;
import tw.workshopbot.signup.Conversation;

/**
 * Each person's dialog under one key, sealed whole (a sign-up's answers may hold an ID
 * number): read once per message and written once, only when it changed. Expiry is
 * decided from the times inside and the clock; Redis' TTL only removes what nobody came
 * back to.
 */
@Component
class Dialogs {

	private static final Logger log = LoggerFactory.getLogger(Dialogs.class);

	private static final Duration SHORTEST_TTL = Duration.ofSeconds(1);

	private final StringRedisTemplate redis;

	private final DataCipher cipher;

	private final ObjectWriter writer;

	private final ObjectReader reader;

	private final Clock clock;

	/**
	 * Written and read on every answer: instants as epoch milliseconds (ISO text cost
	 * more to parse than the rest); either form is read.
	 */
	Dialogs(StringRedisTemplate redis, DataCipher cipher, JsonMapper json, Clock clock) {
		this.redis = redis;
		this.cipher = cipher;
		JsonMapper compact = json.rebuild()
			.enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DateTimeFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
			.disable(DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
			.build();
		this.writer = compact.writerFor(Dialog.class);
		this.reader = compact.readerFor(Dialog.class);
		this.clock = clock;
	}

	static String key(String userId) {
		return "wb:user:{" + userId + "}:dialog";
	}

	private static String purpose(String userId) {
		return "dialog." + userId;
	}

	/** The person's dialog; {@link Dialog.Idle} when none is kept. */
	Dialog find(String userId) {
		String stored = this.redis.opsForValue().get(key(userId));
		if (stored == null) {
			return new Dialog.Idle();
		}
		try {
			return this.reader.readValue(this.cipher.openString(stored, purpose(userId)));
		}
		catch (JacksonException | IllegalStateException | IllegalArgumentException ex) {
			// Written by a version that shaped it differently, or sealed with a retired
			// key: the person starts afresh rather than never being answered.
			log.warn("A stored dialog could not be read ({}); it is dropped", ex.getClass().getSimpleName());
			return new Dialog.Idle();
		}
	}

	/**
	 * A sign-up stored by the version before dialogs, under its own key: it becomes the
	 * person's dialog unless they have one already, and the old key goes.
	 */
	void adoptOldSignup(String oldKey) {
		String userId = oldKey.substring(oldKey.indexOf('{') + 1, oldKey.indexOf('}'));
		String stored = this.redis.opsForValue().getAndDelete(oldKey);
		if (stored == null || Boolean.TRUE.equals(this.redis.hasKey(key(userId)))) {
			return;
		}
		try {
			Conversation conversation = this.reader.forType(Conversation.class)
				.readValue(this.cipher.openString(stored, "signup.conversation." + userId));
			save(userId, new Dialog.SigningUp(conversation));
		}
		catch (JacksonException | IllegalStateException | IllegalArgumentException ex) {
			log.warn("An old sign-up could not be read ({}); it is dropped", ex.getClass().getSimpleName());
		}
	}

	void save(String userId, Dialog dialog) {
		Instant until = dialog.keptUntil();
		if (until == null) {
			this.redis.delete(key(userId));
			return;
		}
		Duration left = Duration.between(this.clock.instant(), until);
		String sealed = this.cipher.seal(this.writer.writeValueAsString(dialog), purpose(userId));
		this.redis.opsForValue().set(key(userId), sealed, (left.compareTo(SHORTEST_TTL) < 0) ? SHORTEST_TTL : left);
	}

}
