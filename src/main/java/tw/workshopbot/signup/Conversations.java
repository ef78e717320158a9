package tw.workshopbot.signup;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tw.workshopbot.privacy.DataCipher;

/**
 * Conversations in progress, one per LINE user, sealed whole (answers may hold an ID
 * number). Expiry is decided from the stored {@code expiresAt} and the clock; Redis' TTL
 * only removes what nobody came back to, a few days later, so that a returning person can
 * still be told their sign-up expired.
 */
@Component
class Conversations {

	static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(3);

	private final StringRedisTemplate redis;

	private final DataCipher cipher;

	private final ObjectWriter writer;

	private final ObjectReader reader;

	private final Clock clock;

	/**
	 * Written and read on every answer: instants as epoch milliseconds (ISO text cost
	 * more to parse than the rest); either form is read.
	 */
	Conversations(StringRedisTemplate redis, DataCipher cipher, JsonMapper json, Clock clock) {
		this.redis = redis;
		this.cipher = cipher;
		JsonMapper compact = json.rebuild()
			.enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DateTimeFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
			.disable(DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
			.build();
		this.writer = compact.writerFor(Conversation.class);
		this.reader = compact.readerFor(Conversation.class);
		this.clock = clock;
	}

	static String key(String userId) {
		return "wb:user:{" + userId + "}:signup";
	}

	private static String purpose(String userId) {
		return "signup.conversation." + userId;
	}

	Optional<Conversation> find(String userId) {
		String stored = this.redis.opsForValue().get(key(userId));
		if (stored == null) {
			return Optional.empty();
		}
		return Optional.of(this.reader.readValue(this.cipher.openString(stored, purpose(userId))));
	}

	void save(String userId, Conversation conversation) {
		Duration left = Duration.between(this.clock.instant(), conversation.expiresAt()).plus(KEPT_AFTER_EXPIRY);
		String sealed = this.cipher.seal(this.writer.writeValueAsString(conversation), purpose(userId));
		this.redis.opsForValue().set(key(userId), sealed, left);
	}

	void remove(String userId) {
		this.redis.delete(key(userId));
	}

}
