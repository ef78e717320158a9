package tw.workshopbot.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * One-time sign-in links: a random token, of which Redis keeps only the hash (a dump of
 * Redis signs nobody in), bound to the organizer it was sent to, valid for
 * {@link ConsoleProperties#linkValidFor()} by the service's clock, and used once: the
 * first use marks it, so a second is told "used" rather than "unknown".
 */
@Component
class SignInLinks {

	/**
	 * Marks the link used and answers what it was: {@code userId|issuedAt|usedBefore}.
	 */
	private static final RedisScript<String> USE = RedisScript.of("""
			local link = redis.call('HMGET', KEYS[1], 'userId', 'issuedAt', 'usedAt')
			if not link[1] then return nil end
			if not link[3] then redis.call('HSET', KEYS[1], 'usedAt', ARGV[1]) end
			return link[1] .. '|' .. link[2] .. '|' .. (link[3] and '1' or '0')
			""", String.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StringRedisTemplate redis;

	private final ConsoleProperties properties;

	private final Clock clock;

	SignInLinks(StringRedisTemplate redis, ConsoleProperties properties, Clock clock) {
		this.redis = redis;
		this.properties = properties;
		this.clock = clock;
	}

	/** What a link's use came to. */
	sealed interface Use {

		record SignedIn(String userId) implements Use {
		}

		/** Used, expired or never issued: each told apart, so the page can say why. */
		enum Refused implements Use {

			UNKNOWN, EXPIRED, USED

		}

	}

	String issue(String userId) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String key = key(token);
		this.redis.opsForHash()
			.putAll(key, java.util.Map.of("userId", userId, "issuedAt", this.clock.instant().toString()));
		// Redis only tidies up; whether the link still works is decided by the clock.
		this.redis.expire(key, this.properties.linkValidFor().plus(Duration.ofDays(1)));
		return token;
	}

	Use use(String token) {
		if (token.length() > 64) {
			return Use.Refused.UNKNOWN;
		}
		String found = this.redis.execute(USE, List.of(key(token)), this.clock.instant().toString());
		if (found == null) {
			return Use.Refused.UNKNOWN;
		}
		String[] parts = found.split("\\|");
		if ("1".equals(parts[2])) {
			return Use.Refused.USED;
		}
		Instant issuedAt = Instant.parse(parts[1]);
		if (!this.clock.instant().isBefore(issuedAt.plus(this.properties.linkValidFor()))) {
			return Use.Refused.EXPIRED;
		}
		return new Use.SignedIn(parts[0]);
	}

	/** Whom a link was sent to, without using it. */
	java.util.Optional<String> holder(String token) {
		if (token.length() > 64) {
			return java.util.Optional.empty();
		}
		Object userId = this.redis.opsForHash().get(key(token), "userId");
		return java.util.Optional.ofNullable((String) userId);
	}

	private static String key(String token) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return "wb:console:link:" + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
